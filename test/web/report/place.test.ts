import { describe, expect, it } from "vitest";
import type { GazetteerRow } from "../../../web/src/report/place/gazetteer-format";
import {
  departementOf,
  indexGazetteer,
  normalise,
  searchPlaces,
} from "../../../web/src/report/place/gazetteer-search";
import { choiceFromRecord, precisionOf } from "../../../web/src/report/place/place-choice";

const rows: GazetteerRow[] = [
  ["c", "FR", "France", 46.7, 2.5, "", "France"],
  ["c", "DE", "Germany", 51, 9.6, "", "Allemagne"],
  ["s", "FR-42", "Loire", 45.7, 4.2, "FR"],
  ["s", "FR-ARA", "Auvergne-Rhône-Alpes", 45.3, 4.6, "FR"],
  ["m", "42218", "Saint-Étienne", 45.434, 4.39],
  ["m", "76575", "Saint-Étienne-du-Rouvray", 49.377, 1.105],
  ["m", "43200", "Saint-Étienne-Lardeyrol", 45.08, 3.99],
  ["m", "40088", "Dax", 43.71, -1.054],
  ["m", "40279", "Saint-Paul-lès-Dax", 43.726, -1.052],
  ["m", "97411", "Saint-Denis", -20.882, 55.45],
];
const places = indexGazetteer(rows);
const codes = (text: string) => searchPlaces(places, text).map((p) => p.code);

describe("the place search", () => {
  it("ignores accents, case and punctuation", () => {
    expect(normalise("  Saint-Étienne-du-Rouvray ")).toBe("saint etienne du rouvray");
    expect(codes("SAINT ETIENNE")[0]).toBe("42218");
    expect(codes("saint-étienne")[0]).toBe("42218");
  });

  it("ranks the exact name first, then names that start with the text, shorter first, then a word inside", () => {
    expect(codes("saint etienne")).toEqual(["42218", "43200", "76575"]);
    expect(codes("dax")).toEqual(["40088", "40279"]);
  });

  it("puts a country before a region before a commune that match as well", () => {
    expect(codes("fr")).toEqual(["FR"]);
    expect(codes("loire")).toEqual(["FR-42"]);
    expect(codes("allemagne")).toEqual(["DE"]);
  });

  it("finds a place by its code, and nothing before two letters", () => {
    expect(codes("40088")).toEqual(["40088"]);
    expect(codes("fr-ara")).toEqual(["FR-ARA"]);
    expect(codes("d")).toEqual([]);
  });

  it("knows a commune's département from its INSEE code, overseas included", () => {
    expect(departementOf("40088")).toBe("FR-40");
    expect(departementOf("2A004")).toBe("FR-2A");
    expect(departementOf("97411")).toBe("FR-974");
    expect(searchPlaces(places, "saint denis")[0]?.within).toBe("FR-974");
  });
});

describe("the location precision", () => {
  it("follows from how the place was chosen", () => {
    expect(precisionOf({ how: "map" })).toBe("exact");
    expect(precisionOf({ how: "m" })).toBe("city");
    expect(precisionOf({ how: "s" })).toBe("subdivision");
    expect(precisionOf({ how: "c" })).toBe("country");
  });

  it("round-trips through a corrected incident", () => {
    for (const locationPrecision of ["exact", "city", "subdivision", "country"] as const) {
      const choice = choiceFromRecord({ latitude: 1, longitude: 2, locationPrecision, city: "Dax" });
      expect(precisionOf(choice)).toBe(locationPrecision);
    }
  });
});
