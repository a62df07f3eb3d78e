/**
 * Measures point location on real positions: the Eurostat GISCO hospitals of Europe (expected
 * country: their `cc`, France's overseas départements counted as FR) and the French ones
 * (expected département: the official IGN polygon their position lies in, from the full file in
 * ../shared, not the compact form the project carries). The data lives outside the project.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { parse } from "csv-parse/sync";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { createFsBoundarySource } from "../../../scripts/lib/fs-boundary-source";
import { locatePoint } from "../../../worker/domain/geo/locate";

const shared = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const hospitalsFile = `${shared}hospitals-eurostat/eurostat-healthcare-all-2020.csv`;
const departementsFile = `${shared}boundaries-fr/departements-avec-outre-mer.geojson`;
const present = existsSync(hospitalsFile) && existsSync(departementsFile);
if (!present) console.warn(`hospital accuracy: ${shared} is absent, so these measurements do not run`);

const OVERSEAS = new Set(["GP", "MQ", "GF", "RE", "YT"]);
/** Eurostat writes Greece EL and the United Kingdom UK; ISO 3166-1 says GR and GB. */
const EUROSTAT_CODES: Record<string, string> = { EL: "GR", UK: "GB" };
const source = createFsBoundarySource();

interface Hospital {
  id: string;
  cc: string;
  latitude: number;
  longitude: number;
}

function readHospitals(): Hospital[] {
  const rows: Record<string, string>[] = parse(readFileSync(hospitalsFile), { columns: true });
  return rows.map((row) => ({
    id: row.id ?? "",
    cc: row.cc ?? "",
    latitude: Number(row.lat),
    longitude: Number(row.lon),
  }));
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

/** [west, south, east, north] of a polygon's outer rings, to skip most polygon tests. */
function boundsOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const rings =
    geometry.type === "Polygon"
      ? [geometry.coordinates[0] ?? []]
      : geometry.coordinates.map((p) => p[0] ?? []);
  const points = rings.flat();
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

// Reading 15,181 positions and testing 5,000 of them against 101 full-resolution polygons takes
// seconds on a loaded 2-core machine: a generous limit, not a speed check.
const LIMIT_MS = 60_000;

describe.skipIf(!present)("point location on the Eurostat hospitals", () => {
  const hospitals = present ? readHospitals() : [];

  it(
    "puts at least 99.9% of the European hospitals in their country (overseas départements as FR)",
    async () => {
      const wrong: string[] = [];
      for (const hospital of hospitals) {
        const expected = OVERSEAS.has(hospital.cc) ? "FR" : (EUROSTAT_CODES[hospital.cc] ?? hospital.cc);
        const { country } = await locatePoint(hospital, source);
        if (country !== expected) wrong.push(`${hospital.id} ${expected}→${country}`);
      }
      const right = hospitals.length - wrong.length;
      console.log(
        `countries: ${right}/${hospitals.length} right (${percent(right, hospitals.length)}); wrong: ${wrong.join(", ")}`,
      );
      expect(hospitals.length).toBe(15_181);
      expect(right / hospitals.length).toBeGreaterThanOrEqual(0.999);
    },
    LIMIT_MS,
  );

  it(
    "puts at least 99.5% of the French hospitals in the official département their position lies in",
    async () => {
      const official = JSON.parse(readFileSync(departementsFile, "utf8")) as FeatureCollection<
        Polygon | MultiPolygon,
        { code: string }
      >;
      const polygons = official.features.map((feature) => ({ feature, bounds: boundsOf(feature.geometry) }));
      const french = hospitals.filter((h) => h.cc === "FR" || OVERSEAS.has(h.cc));
      let measured = 0;
      const wrong: string[] = [];
      for (const hospital of french) {
        const point = [hospital.longitude, hospital.latitude];
        const truth = polygons.find(
          ({ feature, bounds: [w, s, e, n] }) =>
            hospital.longitude >= w &&
            hospital.longitude <= e &&
            hospital.latitude >= s &&
            hospital.latitude <= n &&
            booleanPointInPolygon(point, feature),
        )?.feature.properties.code;
        if (!truth) continue; // on the coast, outside every official polygon: no ground truth
        measured += 1;
        const { department } = await locatePoint(hospital, source);
        if (department !== truth) wrong.push(`${hospital.id} ${truth}→${department}`);
      }
      const right = measured - wrong.length;
      console.log(
        `départements: ${right}/${measured} right (${percent(right, measured)}) of ${french.length} French hospitals; wrong: ${wrong.join(", ")}`,
      );
      expect(measured).toBeGreaterThan(5_000);
      expect(right / measured).toBeGreaterThanOrEqual(0.995);
    },
    LIMIT_MS,
  );
});
