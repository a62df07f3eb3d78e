import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RegionsCatalog } from "../../../scripts/build-geo";
import { createFsBoundarySource } from "../../../scripts/lib/fs-boundary-source";
import {
  type CommuneIndex,
  departementOfCommune,
  inseeCommunePattern,
  placeOfCommune,
} from "../../../worker/domain/geo/insee-commune";
import { locateIncident } from "../../../worker/domain/geo/locate-incident";

const source = createFsBoundarySource();
const index = await source.communes();
if (!index) throw new Error("run scripts/build-geo.ts first: locate/FR-communes.json is missing");
const place = (code: string) => placeOfCommune(code, index);

describe("inseeCommunePattern", () => {
  it("accepts metropolitan, Corsican and overseas commune codes", () => {
    for (const code of ["01001", "69123", "95690", "2A004", "2B033", "97101", "97411", "97608", "97801"])
      expect(inseeCommunePattern.test(code), code).toBe(true);
  });

  it("refuses the old Corsican 20, département 96, a lowercase 2a, four or six characters", () => {
    for (const code of ["20004", "96001", "2a004", "2C004", "97901", "00123", "6912", "691230", " 69123"])
      expect(inseeCommunePattern.test(code), code).toBe(false);
  });
});

describe("the département of a commune", () => {
  it("is the first two characters of its code, or three overseas", () => {
    expect(departementOfCommune("69123")).toBe("69");
    expect(departementOfCommune("2A004")).toBe("2A");
    expect(departementOfCommune("97411")).toBe("974");
    expect(departementOfCommune("59797")).toBe("59");
  });
});

describe("locate/FR-communes.json", () => {
  it("holds the 101 départements, each in the région the catalog gives it, and their 34,920 communes", () => {
    const catalog = JSON.parse(
      readFileSync(new URL("../../../worker/generated/regions-catalog.json", import.meta.url), "utf8"),
    ) as RegionsCatalog;
    const regionOf = catalog.FR?.departements?.map((d) => [d.code, d.region]).sort();
    expect(
      Object.entries(index.departements)
        .map(([code, d]) => [code, d.region])
        .sort(),
    ).toEqual(regionOf);
    const communes = Object.values(index.departements).flatMap((d) => d.communes.split(" "));
    // The package's 34,969 current communes, less the 94 of the overseas collectivities, which
    // are no département (975, 977, 978, 984, 986–989), plus the 45 municipal arrondissements of
    // Paris, Lyon and Marseille. A new version of the package changes this count, on purpose.
    expect(communes).toHaveLength(34_920);
  });
});

describe("placeOfCommune", () => {
  it("gives the département and the official région of a commune", () => {
    expect(place("19028")).toEqual({ country: "FR", subdivision: "FR-NAQ", department: "19" }); // Bort-les-Orgues
    expect(place("01427")).toEqual({ country: "FR", subdivision: "FR-ARA", department: "01" }); // Trévoux
    expect(place("75101")).toEqual({ country: "FR", subdivision: "FR-IDF", department: "75" }); // Paris 1er
  });

  it("places Corsica's communes in 2A and 2B, région FR-20R, and overseas ones in their département", () => {
    expect(place("2A004")).toEqual({ country: "FR", subdivision: "FR-20R", department: "2A" }); // Ajaccio
    expect(place("2B033")).toEqual({ country: "FR", subdivision: "FR-20R", department: "2B" }); // Bastia
    expect(place("97411")).toEqual({ country: "FR", subdivision: "FR-974", department: "974" }); // Saint-Denis
    expect(place("97608")).toEqual({ country: "FR", subdivision: "FR-976", department: "976" }); // Dzaoudzi
  });

  it("knows no commune for a well-formed code nobody has, nor for a collectivity that is no département", () => {
    expect(place("01999")).toBeNull();
    expect(place("97501")).toBeNull(); // Miquelon-Langlade: Saint-Pierre-et-Miquelon has no région
    expect(place("toString")).toBeNull();
  });
});

describe("placeOfCommune in the index given", () => {
  // An index that also holds what the official one never does: the old Corsican 20 and a 96.
  const made: CommuneIndex = {
    departements: {
      "20": { region: "FR-COR", communes: "004" },
      "96": { region: "FR-XX", communes: "001" },
      "69": { region: "FR-ARA", communes: "123 381" },
      "974": { region: "FR-974", communes: "11 15" },
    },
  };

  it("finds every commune listed for a département", () => {
    expect(placeOfCommune("69123", made)).toEqual({ country: "FR", subdivision: "FR-ARA", department: "69" });
    expect(placeOfCommune("69381", made)).toEqual({ country: "FR", subdivision: "FR-ARA", department: "69" });
    expect(placeOfCommune("97415", made)).toEqual({
      country: "FR",
      subdivision: "FR-974",
      department: "974",
    });
  });

  it("gives the same answer when asked again", () => {
    expect(placeOfCommune("97411", made)).toEqual({
      country: "FR",
      subdivision: "FR-974",
      department: "974",
    });
    expect(placeOfCommune("97411", made)).toEqual({
      country: "FR",
      subdivision: "FR-974",
      department: "974",
    });
    expect(placeOfCommune("97412", made)).toBeNull();
  });

  it("refuses a malformed code even when the index lists it", () => {
    expect(placeOfCommune("20004", made)).toBeNull();
    expect(placeOfCommune("96001", made)).toBeNull();
  });

  it("knows no commune of a département the index does not have", () => {
    expect(placeOfCommune("75101", made)).toBeNull();
  });
});

describe("locateIncident", () => {
  // Bort-les-Orgues (Corrèze, Nouvelle-Aquitaine) lies on the Dordogne; this point is across it, in the Cantal.
  const acrossTheBorder = { latitude: 45.4, longitude: 2.53 };

  it("takes the place of the commune picked, not of a point across the border", async () => {
    expect(await locateIncident(acrossTheBorder, source)).toEqual({
      kind: "located",
      place: { country: "FR", subdivision: "FR-ARA", department: "15" },
    });
    expect(await locateIncident({ ...acrossTheBorder, inseeCode: "19028" }, source)).toEqual({
      kind: "located",
      place: { country: "FR", subdivision: "FR-NAQ", department: "19" },
    });
  });

  it("says so for an unknown commune", async () => {
    expect(await locateIncident({ ...acrossTheBorder, inseeCode: "19999" }, source)).toEqual({
      kind: "unknown_commune",
    });
  });

  it("fails loudly, naming the missing file, when the commune index is not bundled", async () => {
    const withoutCommunes = { subdivisions: source.subdivisions, communes: async () => null };
    await expect(locateIncident({ ...acrossTheBorder, inseeCode: "19028" }, withoutCommunes)).rejects.toThrow(
      "The commune index (geo/locate/FR-communes.json) is not bundled.",
    );
  });
});
