/**
 * Where synthetic incidents happen. Real incidents cluster where hospitals are, so most
 * positions are real hospital sites (Eurostat GISCO, ../shared/data) jittered by a few hundred
 * metres; a share is in the US around large cities. Without the shared data, positions are
 * uniform in a European and a US box, and the run says so.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "./csv";
import type { Random } from "./prng";

export type Anchor = { latitude: number; longitude: number; city: string | null; spreadKm: number };

export const DEFAULT_SHARED_DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const HOSPITALS_CSV = "hospitals-eurostat/eurostat-healthcare-all-2020.csv";
const US_SHARE = 0.35;

// Approximate centres of large US cities and state capitals (synthetic data: km precision is enough).
const usCities: [string, number, number, number][] = [
  ["New York", 40.7128, -74.006, 10],
  ["Los Angeles", 34.0522, -118.2437, 8],
  ["Chicago", 41.8781, -87.6298, 6],
  ["Houston", 29.7604, -95.3698, 5],
  ["Phoenix", 33.4484, -112.074, 4],
  ["Philadelphia", 39.9526, -75.1652, 4],
  ["San Antonio", 29.4241, -98.4936, 3],
  ["San Diego", 32.7157, -117.1611, 3],
  ["Dallas", 32.7767, -96.797, 4],
  ["Atlanta", 33.749, -84.388, 4],
  ["Boston", 42.3601, -71.0589, 4],
  ["Nashville", 36.1627, -86.7816, 3],
  ["Denver", 39.7392, -104.9903, 3],
  ["Seattle", 47.6062, -122.3321, 3],
  ["Miami", 25.7617, -80.1918, 3],
  ["Minneapolis", 44.9778, -93.265, 3],
  ["Detroit", 42.3314, -83.0458, 3],
  ["St. Louis", 38.627, -90.1994, 2],
  ["Pittsburgh", 40.4406, -79.9959, 2],
  ["Cleveland", 41.4993, -81.6944, 2],
  ["Columbus", 39.9612, -82.9988, 2],
  ["Indianapolis", 39.7684, -86.1581, 2],
  ["Sacramento", 38.5816, -121.4944, 2],
  ["Austin", 30.2672, -97.7431, 2],
  ["Raleigh", 35.7796, -78.6382, 2],
  ["Richmond", 37.5407, -77.436, 1],
  ["Albany", 42.6526, -73.7562, 1],
  ["Harrisburg", 40.2732, -76.8867, 1],
  ["Springfield", 39.7817, -89.6501, 1],
  ["Madison", 43.0731, -89.4012, 1],
  ["Lansing", 42.7325, -84.5555, 1],
  ["Salt Lake City", 40.7608, -111.891, 1],
  ["Oklahoma City", 35.4676, -97.5164, 1],
  ["Little Rock", 34.7465, -92.2896, 1],
  ["Jackson", 32.2988, -90.1848, 1],
  ["Montgomery", 32.3792, -86.3077, 1],
  ["Baton Rouge", 30.4515, -91.1871, 1],
  ["Des Moines", 41.5868, -93.625, 1],
  ["Boise", 43.615, -116.2023, 1],
  ["Santa Fe", 35.687, -105.9378, 1],
];

export type PositionSource = { kind: "hospitals" | "uniform"; draw(random: Random): Anchor };

/** Reads the hospital sites once; falls back to uniform boxes when the shared data is absent. */
export function loadPositionSource(dataDir = DEFAULT_SHARED_DATA): PositionSource {
  const file = join(dataDir, HOSPITALS_CSV);
  if (!existsSync(file)) {
    console.warn("shared/data absent: using uniform synthetic positions in Europe/US");
    return { kind: "uniform", draw: drawUniform };
  }
  const hospitals: Anchor[] = parseCsv(readFileSync(file, "utf8"))
    .filter((row) => row.lat && row.lon)
    .map((row) => ({
      latitude: Number(row.lat),
      longitude: Number(row.lon),
      city: row.city?.trim() || null,
      spreadKm: 0.3,
    }))
    .filter((anchor) => Number.isFinite(anchor.latitude) && Number.isFinite(anchor.longitude));
  const weightedUs = usCities.flatMap(([city, latitude, longitude, weight]) =>
    Array.from({ length: weight }, () => ({ latitude, longitude, city, spreadKm: 6 })),
  );
  return {
    kind: "hospitals",
    draw: (random) => jitter(random, random.pick(random.chance(US_SHARE) ? weightedUs : hospitals)),
  };
}

function drawUniform(random: Random): Anchor {
  const us = random.chance(US_SHARE);
  const [west, south, east, north] = us ? [-122, 30, -75, 47] : [-9, 37, 25, 58];
  return {
    latitude: south + random.next() * (north - south),
    longitude: west + random.next() * (east - west),
    city: null,
    spreadKm: 0,
  };
}

/** Moves the anchor by a normal offset of `spreadKm` (so hospitals a few hundred metres). */
function jitter(random: Random, anchor: Anchor): Anchor {
  const kmPerLon = 111.32 * Math.cos((anchor.latitude * Math.PI) / 180);
  return {
    ...anchor,
    latitude: clamp(anchor.latitude + (random.normal() * anchor.spreadKm) / 111.32, -90, 90),
    longitude: clamp(anchor.longitude + (random.normal() * anchor.spreadKm) / kmPerLon, -180, 180),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
