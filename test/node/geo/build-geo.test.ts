import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import type { RegionsCatalog } from "../../../scripts/build-geo";
import { DEFAULT_GEO_DIR } from "../../../scripts/lib/fs-boundary-source";
import { subdivisionCode } from "../../../scripts/lib/geo/build-subdivisions";

type Props = { code: string; name?: string; region?: string };

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const geometriesOf = (topology: Topology, object: string) =>
  (topology.objects[object] as GeometryCollection<Props>).geometries.map(
    (geometry) => geometry.properties as Props,
  );
const catalog = readJson<RegionsCatalog>(
  new URL("../../../worker/generated/regions-catalog.json", import.meta.url).pathname,
);
const subdivisionFiles = readdirSync(join(DEFAULT_GEO_DIR, "subdivisions"));

describe("subdivisions/FR.json", () => {
  const france = readJson<Topology>(join(DEFAULT_GEO_DIR, "subdivisions/FR.json"));
  const departements = geometriesOf(france, "departements");
  const regions = geometriesOf(france, "regions");

  it("holds the 101 départements, each once, each in one of its régions", () => {
    expect(departements).toHaveLength(101);
    expect(new Set(departements.map((d) => d.code)).size).toBe(101);
    const regionCodes = new Set(regions.map((r) => r.code));
    for (const departement of departements) expect(regionCodes).toContain(departement.region);
    expect(departements).toContainEqual({ code: "69", name: "Rhône", region: "FR-ARA" });
    expect(departements).toContainEqual({ code: "2A", name: "Corse-du-Sud", region: "FR-20R" });
  });

  it("holds the 18 régions dissolved from them, with ISO 3166-2 codes and official names", () => {
    expect(regions).toHaveLength(18);
    expect(new Set(departements.map((d) => d.region))).toEqual(new Set(regions.map((r) => r.code)));
    expect(regions).toContainEqual({ code: "FR-ARA", name: "Auvergne-Rhône-Alpes" });
    expect(regions).toContainEqual({ code: "FR-973", name: "Guyane" });
  });

  it("is what the catalog names", () => {
    expect(catalog.FR?.subdivisions).toEqual(regions);
    expect(catalog.FR?.departements).toEqual(departements);
  });
});

describe("locate/FR.json", () => {
  it("holds the 101 official départements, each once, with the région of the drawn map", () => {
    const official = geometriesOf(readJson(join(DEFAULT_GEO_DIR, "locate/FR.json")), "departements");
    expect(official).toHaveLength(101);
    const regionOf = new Map(catalog.FR?.departements?.map((d) => [d.code, d.region]));
    expect(official.map((d) => [d.code, d.region]).sort()).toEqual([...regionOf].sort());
  });
});

describe("world.json", () => {
  it("keep the display map under 110 KB", () => {
    expect(statSync(join(DEFAULT_GEO_DIR, "world.json")).size).toBeLessThanOrEqual(110 * 1024);
  });

  it.each(["world.json"])("give each geometry of %s a distinct ISO alpha-2 code", (file) => {
    const codes = geometriesOf(readJson(join(DEFAULT_GEO_DIR, file)), "countries").map((p) => p.code);
    expect(codes.filter((code) => !countries.isValid(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(["FR", "IE", "DE", "US", "XK", "CY"]));
  });
});

describe("subdivisions/<CC>.json", () => {
  it("exist for many countries, one per catalog entry", () => {
    expect(subdivisionFiles.length).toBeGreaterThan(150);
    expect(subdivisionFiles.map((file) => file.replace(".json", "")).sort()).toEqual(
      Object.keys(catalog).sort(),
    );
  });

  it("code every geometry within its own country, once, as the catalog does", () => {
    for (const file of subdivisionFiles.filter((name) => name !== "FR.json")) {
      const country = file.replace(".json", "");
      const subdivisions = geometriesOf(
        readJson(join(DEFAULT_GEO_DIR, "subdivisions", file)),
        "subdivisions",
      );
      expect(subdivisions.filter((s) => !s.code.startsWith(`${country}-`) || !s.name)).toEqual([]);
      expect(new Set(subdivisions.map((s) => s.code)).size).toBe(subdivisions.length);
      expect(catalog[country]?.subdivisions).toEqual(subdivisions);
    }
  });
});

describe("subdivisionCode", () => {
  it("joins the ISO alpha-2 code and the HASC suffix", () => {
    expect(subdivisionCode("DE", "DE.NW", "Nordrhein-Westfalen")).toBe("DE-NW");
    expect(subdivisionCode("US", "AL", "Alabama")).toBe("US-AL");
    expect(subdivisionCode("TL", "TP.DI", "Dili")).toBe("TL-DI");
    expect(subdivisionCode("UG", "UG.LI.KO", "Kole")).toBe("UG-LI.KO");
  });

  it("refuses ids without a suffix, unless the unit is a known omission", () => {
    expect(subdivisionCode("IE", "IE.", "Monaghan")).toBeNull();
    expect(subdivisionCode("NO", "-99", "Jan Mayen")).toBeNull();
    expect(subdivisionCode("MT", "MT", "Attard")).toBeNull();
    expect(subdivisionCode("DE", "DE.", "Brandenburg")).toBe("DE-BR");
  });
});
