import { describe, expect, it } from "vitest";
import { distanceKm, shiftDate } from "../../../worker/domain/duplicates/closeness";
import {
  candidateNameQuery,
  distinctiveName,
  nameSimilarity,
} from "../../../worker/domain/duplicates/organisation-name";
import { sourceUrlVariants } from "../../../worker/domain/duplicates/source-url";

describe("organisation names", () => {
  it("keeps the distinctive words, without accents, in order", () => {
    expect(distinctiveName("Centre Hospitalier de Dax – Côte d'Argent")).toBe("argent cote dax");
    expect(distinctiveName("Centre hospitalier")).toBe("centre hospitalier");
  });

  it("scores 1 − edits ÷ length", () => {
    expect(nameSimilarity("Clinique abcdefghij", "abcdefghxx")).toBeCloseTo(0.8, 10);
    expect(nameSimilarity("CH de Dax", "Dax hospital")).toBe(1);
  });

  it("finds candidates by the first three letters of each distinctive word", () => {
    expect(candidateNameQuery("Hôpital Simone-Veil")).toBe('organisation_name : ("sim"* OR "vei"*)');
    expect(candidateNameQuery("—")).toBeNull();
  });
});

describe("source URL variants", () => {
  it("covers scheme and trailing slash, drops the fragment, refuses other schemes", () => {
    expect(sourceUrlVariants("https://a.example/x#top").sort()).toEqual(
      ["http://a.example/x", "http://a.example/x/", "https://a.example/x", "https://a.example/x/"].sort(),
    );
    expect(sourceUrlVariants("https://a.example/x?id=1")).toEqual([
      "https://a.example/x?id=1",
      "http://a.example/x?id=1",
    ]);
    expect(sourceUrlVariants("ftp://a.example/x")).toEqual([]);
  });
});

describe("closeness", () => {
  it("measures Paris–Lyon at 392 km and shifts dates across months", () => {
    expect(
      distanceKm({ latitude: 48.8566, longitude: 2.3522 }, { latitude: 45.764, longitude: 4.8357 }),
    ).toBeCloseTo(391.5, 0);
    expect(shiftDate("2021-03-01", -1)).toBe("2021-02-28");
  });
});
