import { describe, expect, it } from "vitest";
import { toFtsQuery } from "../../../worker/domain/fts-query";

describe("toFtsQuery", () => {
  it("requires every word, the last one as a prefix", () => {
    expect(toFtsQuery("Dax ransomw")).toBe('"dax" "ransomw"*');
  });

  it("keeps letters with accents and digits, and drops operators and quotes", () => {
    expect(toFtsQuery('Hôpital "NEAR(" OR * 2021')).toBe('"hôpital" "near" "or" "2021"*');
  });

  it("returns null when nothing but punctuation was typed", () => {
    expect(toFtsQuery(' "*() - ')).toBeNull();
  });

  it("bounds the number of words", () => {
    expect(toFtsQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))?.split(" ")).toHaveLength(12);
  });
});
