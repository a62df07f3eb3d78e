import { describe, expect, it } from "vitest";
import { toFtsQuery } from "../../../worker/domain/fts-query";

describe("the full-text query of what a person typed", () => {
  it("requires every word, quoted, the last one as a prefix", () => {
    expect(toFtsQuery("Dax ransomw")).toBe('"dax" "ransomw"*');
    expect(toFtsQuery("dax")).toBe('"dax"*');
  });

  it("keeps letters with accents and digits, in lower case", () => {
    expect(toFtsQuery("Hôpital ÉTÉ 2021")).toBe('"hôpital" "été" "2021"*');
  });

  it("splits at anything else, and drops operators' punctuation and quotes", () => {
    expect(toFtsQuery('Hôpital "NEAR(" OR * 2021')).toBe('"hôpital" "near" "or" "2021"*');
    expect(toFtsQuery(" -Saint-Lô-- ")).toBe('"saint" "lô"*');
  });

  it("is null when nothing but punctuation, or nothing, was typed", () => {
    expect(toFtsQuery(' "*() - ')).toBeNull();
    expect(toFtsQuery("")).toBeNull();
  });

  it("keeps the first 12 words and drops the 13th", () => {
    const twelve = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12";
    const query = '"w1" "w2" "w3" "w4" "w5" "w6" "w7" "w8" "w9" "w10" "w11" "w12"*';
    expect(toFtsQuery(twelve)).toBe(query);
    expect(toFtsQuery(`${twelve} w13`)).toBe(query);
  });
});
