import { describe, expect, it } from "vitest";
import { localizedSummary, localizedTitle } from "../../web/src/i18n/incident-text";

const both = { title: "Attack on Dax", titleFr: "Attaque contre Dax", summary: "S.", summaryFr: "R." };
const english = { title: "Attack on Dax", titleFr: null, summary: "S.", summaryFr: null };
const french = { title: null, titleFr: "Attaque contre Dax", summary: null, summaryFr: "R." };

describe("an incident's text in the reader's language", () => {
  it("gives a French reader the French title and summary when they are written", () => {
    expect(localizedTitle(both, "fr")).toEqual({ text: "Attaque contre Dax", lang: "fr", original: false });
    expect(localizedSummary(both, "fr")).toEqual({ text: "R.", lang: "fr", original: false });
  });

  it("gives an English reader the English text even when a French one exists", () => {
    expect(localizedTitle(both, "en")).toEqual({ text: "Attack on Dax", lang: "en", original: false });
  });

  it("gives a French reader the English original, marked as such, until it is translated", () => {
    expect(localizedTitle(english, "fr")).toEqual({ text: "Attack on Dax", lang: "en", original: true });
    expect(localizedSummary({ ...english, summaryFr: "" }, "fr")).toEqual({
      text: "S.",
      lang: "en",
      original: true,
    });
  });

  it("gives an English reader the French original, marked as such, until it is translated", () => {
    expect(localizedTitle(french, "en")).toEqual({ text: "Attaque contre Dax", lang: "fr", original: true });
    expect(localizedSummary(french, "en")).toEqual({ text: "R.", lang: "fr", original: true });
  });

  it("gives a French reader a French original unmarked", () => {
    expect(localizedTitle(french, "fr")).toEqual({ text: "Attaque contre Dax", lang: "fr", original: false });
  });
});
