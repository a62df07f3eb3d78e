import { describe, expect, it } from "vitest";
import { pageLanguage } from "../../../worker/pages/incident-page-language";

describe("pageLanguage", () => {
  it("takes ?lang first, then the most wanted of French and English in Accept-Language", () => {
    expect(pageLanguage("fr", "en")).toBe("fr");
    expect(pageLanguage("en", "fr")).toBe("en");
    expect(pageLanguage(undefined, "fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(pageLanguage(undefined, "en;q=0.5,fr;q=0.6")).toBe("fr");
    expect(pageLanguage(undefined, "fr;q=0,en")).toBe("en");
    expect(pageLanguage(undefined, "de")).toBe("en");
    expect(pageLanguage("de", undefined)).toBe("en");
  });
});
