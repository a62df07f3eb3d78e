import { describe, expect, it } from "vitest";
import {
  originalLanguageOf,
  textFor,
  textIn,
  textIssues,
  writtenLanguages,
} from "../../../worker/domain/incident-text";

const english = { title: "Ransomware at Dax", summary: "The hospital went back to paper." };
const french = { titleFr: "Rançongiciel à Dax", summaryFr: "L'hôpital est revenu au papier." };

describe("the languages an incident is written in", () => {
  it("are those with both a title and a summary, English first", () => {
    expect(writtenLanguages({ ...english, ...french })).toEqual(["en", "fr"]);
    expect(writtenLanguages(english)).toEqual(["en"]);
    expect(writtenLanguages(french)).toEqual(["fr"]);
  });

  it("leave out a language with a title and no summary, or a summary and no title", () => {
    expect(writtenLanguages({ title: "Only a title", summaryFr: "Seulement un résumé" })).toEqual([]);
    expect(writtenLanguages({ ...english, titleFr: "Seulement un titre", summaryFr: "" })).toEqual(["en"]);
    expect(writtenLanguages({})).toEqual([]);
  });
});

describe("an incident's original language", () => {
  it("is the one given, even when both are written", () => {
    expect(originalLanguageOf({ ...english, ...french, originalLanguage: "fr" })).toBe("fr");
  });

  it("is the only language written when none is given", () => {
    expect(originalLanguageOf({ ...french, originalLanguage: null })).toBe("fr");
  });

  it("is English when both or none are written and none is given", () => {
    expect(originalLanguageOf({ ...english, ...french })).toBe("en");
    expect(originalLanguageOf({ titleFr: "Seulement un titre" })).toBe("en");
  });
});

describe("an incident's text in one language", () => {
  it("is its title and summary in that language", () => {
    expect(textIn({ ...english, ...french }, "en")).toEqual(english);
    expect(textIn({ ...english, ...french }, "fr")).toEqual({
      title: "Rançongiciel à Dax",
      summary: "L'hôpital est revenu au papier.",
    });
  });

  it("is null when the title or the summary is missing in that language", () => {
    expect(textIn({ ...english, titleFr: "Seulement un titre" }, "fr")).toBeNull();
    expect(textIn({ ...english, summaryFr: "Seulement un résumé" }, "fr")).toBeNull();
    expect(textIn({ title: "", summary: "A summary" }, "en")).toBeNull();
  });
});

describe("what is wrong with an incident's texts", () => {
  const together = "A title and its summary go together, in the same language.";
  const nothing = "Write the title and the summary, in English or in French.";
  const original = "The original language must have its title and summary.";

  it("is nothing when one language is whole and is the original", () => {
    expect(textIssues(english)).toEqual([]);
    expect(textIssues({ ...french, originalLanguage: "fr" })).toEqual([]);
    expect(textIssues({ ...english, ...french, originalLanguage: "en" })).toEqual([]);
  });

  it("points at the missing summary of a title, or the missing title of a summary", () => {
    expect(textIssues({ ...english, titleFr: "Seulement un titre" })).toEqual([
      { path: ["summaryFr"], message: together },
    ]);
    expect(textIssues({ ...french, summary: "Only a summary" })).toEqual([
      { path: ["title"], message: together },
    ]);
  });

  it("asks for a title and a summary when nothing is written", () => {
    expect(textIssues({})).toEqual([
      { path: ["title"], message: nothing },
      { path: ["titleFr"], message: nothing },
    ]);
    expect(textIssues({ title: "", summary: null, originalLanguage: "fr" })).toEqual([
      { path: ["title"], message: nothing },
      { path: ["titleFr"], message: nothing },
    ]);
  });

  it("says only what is missing when half a language is written and no whole one", () => {
    expect(textIssues({ title: "Only a title" })).toEqual([{ path: ["summary"], message: together }]);
  });

  it("refuses an original language that is not written when another one is", () => {
    expect(textIssues({ ...english, originalLanguage: "fr" })).toEqual([
      { path: ["originalLanguage"], message: original },
    ]);
    expect(textIssues({ ...french, originalLanguage: "en" })).toEqual([
      { path: ["originalLanguage"], message: original },
    ]);
  });
});

describe("the text shown to a reader", () => {
  it("is in the reader's language when it is written, not marked", () => {
    expect(textFor({ ...english, ...french, originalLanguage: "fr" }, "en")).toEqual({
      ...english,
      lang: "en",
      untranslated: false,
    });
    expect(textFor({ ...english, ...french }, "fr")).toEqual({
      title: "Rançongiciel à Dax",
      summary: "L'hôpital est revenu au papier.",
      lang: "fr",
      untranslated: false,
    });
  });

  it("is the other language's text, marked untranslated, when the reader's is not written", () => {
    expect(textFor({ ...french, title: "Half" }, "en")).toEqual({
      title: "Rançongiciel à Dax",
      summary: "L'hôpital est revenu au papier.",
      lang: "fr",
      untranslated: true,
    });
    expect(textFor(english, "fr")).toEqual({ ...english, lang: "en", untranslated: true });
  });

  it("falls back to whatever half is written, English first, when no language is whole", () => {
    expect(textFor({ title: "A title", titleFr: "Un titre", summaryFr: null }, "fr")).toEqual({
      title: "A title",
      summary: "",
      lang: "fr",
      untranslated: false,
    });
    expect(textFor({ title: null, titleFr: "Un titre", summary: "A summary" }, "en")).toEqual({
      title: "Un titre",
      summary: "A summary",
      lang: "en",
      untranslated: false,
    });
    expect(textFor({ summaryFr: "Un résumé" }, "en")).toEqual({
      title: "",
      summary: "Un résumé",
      lang: "en",
      untranslated: false,
    });
  });
});
