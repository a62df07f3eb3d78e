import { describe, expect, it } from "vitest";
import {
  areSimilarNames,
  candidateNameQuery,
  distinctiveName,
  nameSimilarity,
  nameWords,
} from "../../../../worker/domain/duplicates/organisation-name";

describe("the words of an organisation's name", () => {
  it("are lower case, without accents, split at every run of punctuation or spaces", () => {
    expect(nameWords("Hôpital  Sainte-Émilie – (LYON)")).toEqual(["hopital", "sainte", "emilie", "lyon"]);
  });

  it("keep digits, and a name made only of punctuation has none", () => {
    expect(nameWords("CHU 2 Lyon-Sud")).toEqual(["chu", "2", "lyon", "sud"]);
    expect(nameWords("« — »")).toEqual([]);
    expect(nameWords("")).toEqual([]);
  });

  it("keep letters of any script", () => {
    expect(nameWords("Ευαγγελισμός hospital")).toEqual(["ευαγγελισμος", "hospital"]);
  });
});

describe("the distinctive part of an organisation's name", () => {
  it("drops the words of the kind of place, articles and legal forms, and sorts what is left", () => {
    expect(distinctiveName("Centre Hospitalier de Dax – Côte d'Argent")).toBe("argent cote dax");
    expect(distinctiveName("Zeta Alpha Healthcare SAS")).toBe("alpha zeta");
  });

  it("keeps the whole name when every word is a common one", () => {
    expect(distinctiveName("Centre hospitalier")).toBe("centre hospitalier");
    expect(distinctiveName("Hospital of the Centre")).toBe("centre hospital of the");
  });

  it("is empty for a name without words", () => {
    expect(distinctiveName("—")).toBe("");
  });
});

describe("the similarity of two organisation names", () => {
  it("is 1 for the same distinctive name, whatever the common words and the order", () => {
    expect(nameSimilarity("CH de Dax", "Dax hospital")).toBe(1);
    expect(nameSimilarity("Clinique Pasteur Toulouse", "Toulouse Pasteur")).toBe(1);
  });

  it("is 1 − edits ÷ the longer distinctive name's length, however the two are ordered", () => {
    expect(nameSimilarity("abcdefghij", "abcdefgh")).toBe(0.8);
    expect(nameSimilarity("abcdefgh", "abcdefghij")).toBe(0.8);
    expect(nameSimilarity("abcd", "wxyz")).toBe(0);
  });

  it("is 0 when neither name has a word", () => {
    expect(nameSimilarity("—", "")).toBe(0);
  });

  it("makes names similar from 0.8 on: two edits in ten letters are, three are not", () => {
    expect(areSimilarNames("Clinique abcdefghij", "abcdefghxx")).toBe(true);
    expect(areSimilarNames("Clinique abcdefghij", "abcdefgxxx")).toBe(false);
  });
});

describe("the full-text query of candidate names", () => {
  it("asks for any distinctive word by its first three letters", () => {
    expect(candidateNameQuery("Hôpital Simone-Veil")).toBe('organisation_name : ("sim"* OR "vei"*)');
  });

  it("asks once for words that share their first three letters", () => {
    expect(candidateNameQuery("Simone Simon")).toBe('organisation_name : ("sim"*)');
  });

  it("asks for the first eight distinctive words at most", () => {
    expect(candidateNameQuery("aaa bbb ccc ddd eee fff ggg hhh iii")).toBe(
      'organisation_name : ("aaa"* OR "bbb"* OR "ccc"* OR "ddd"* OR "eee"* OR "fff"* OR "ggg"* OR "hhh"*)',
    );
  });

  it("is null for a name without words", () => {
    expect(candidateNameQuery("—")).toBeNull();
  });
});
