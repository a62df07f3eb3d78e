import { describe, expect, it } from "vitest";
import { boxAround, distanceKm, shiftDate } from "../../../worker/domain/duplicates/closeness";
import {
  candidateNameQuery,
  distinctiveName,
  nameSimilarity,
} from "../../../worker/domain/duplicates/organisation-name";
import { duplicateQueryOf } from "../../../worker/domain/duplicates/query-of-incident";
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

  it("boxes a point as the API's bbox: longitudes within ±180, west past east across the antimeridian", () => {
    const dLat = 50 / 111.19;
    const rennes = boxAround({ latitude: 48.11, longitude: -1.68 }, 50);
    expect(rennes.south).toBeCloseTo(48.11 - dLat, 10);
    expect(rennes.north).toBeCloseTo(48.11 + dLat, 10);
    expect(rennes.west).toBeLessThan(-1.68);
    expect(rennes.east - -1.68).toBeCloseTo(-1.68 - rennes.west, 10);

    const east = boxAround({ latitude: -17, longitude: 179.9 }, 50);
    expect(east.west).toBeGreaterThan(179);
    expect(east.east).toBeCloseTo(179.9 + (179.9 - east.west) - 360, 10);
    const west = boxAround({ latitude: -17, longitude: -179.9 }, 50);
    expect(west.east).toBeLessThan(-179);
    expect(west.west).toBeCloseTo(-179.9 - (west.east + 179.9) + 360, 10);
  });

  it("spans every longitude near a pole, and never a latitude past it", () => {
    expect(boxAround({ latitude: 60, longitude: 10 }, 5000)).toEqual({
      west: -180,
      east: 180,
      south: expect.closeTo(60 - 5000 / 111.19, 10),
      north: 90,
    });
    expect(boxAround({ latitude: -89.9, longitude: 0 }, 50).south).toBe(-90);
  });
});

describe("the duplicate query of a proposed incident", () => {
  const proposed = {
    sources: [
      { url: "https://a.example/1", title: "A", publisher: null, publishedOn: null, kind: "press" as const },
      { url: "", title: "B", publisher: null, publishedOn: null, kind: "press" as const },
    ],
    organisationName: " CH de Dax ",
    latitude: 43.71,
    longitude: -1.05,
    occurredOn: null,
    discoveredOn: "2021-02-09",
    disclosedOn: "2021-02-10",
  };

  it("takes the http(s) sources, the name, the first known date and the point", () => {
    expect(duplicateQueryOf(proposed, "fr-2021-ch-dax")).toEqual({
      sourceUrls: ["https://a.example/1"],
      organisationName: "CH de Dax",
      date: "2021-02-09",
      latitude: 43.71,
      longitude: -1.05,
      excludeId: "fr-2021-ch-dax",
    });
  });

  it("leaves out what a draft does not have yet", () => {
    const draft = { ...proposed, organisationName: "", latitude: Number.NaN, discoveredOn: "2021-02-3" };
    expect(duplicateQueryOf(draft)).toMatchObject({
      organisationName: null,
      date: null,
      latitude: null,
      longitude: null,
    });
  });
});
