/**
 * What "possibly the same incident" means. Three independent signals, each with a documented
 * limit (README, "Possible duplicates"); a limit is inclusive: the value on it counts as close.
 */

import type { BoundingBox } from "../bounding-box";

export type DuplicateSignal = "source_url" | "organisation_name" | "date_place";

/** Two dates at most this many days apart are close (an incident is dated by its first known date). */
export const CLOSE_DAYS = 30;

/** Two points at most this far apart, along the great circle, are close. */
export const CLOSE_KILOMETRES = 50;

/**
 * Two organisation names are similar when their distinctive words (see `organisation-name.ts`)
 * are at least this similar: 1 − edit distance ÷ length of the longer. 0.8 tolerates one typo in
 * five letters ("Simone Veil" / "Simone Weil") but not another town's name in the same kind of
 * place ("CH de Dax" / "CH d'Arles").
 */
export const NAME_SIMILARITY = 0.8;

/** The mean radius of the Earth (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two WGS 84 points (haversine). */
export function distanceKm(a: { latitude: number; longitude: number }, b: typeof a): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** `YYYY-MM-DD` shifted by `days`, in UTC. */
export function shiftDate(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/**
 * The box of latitudes and longitudes that holds every point within `km` of `centre`: the cheap
 * index-friendly filter before the exact distance. As the API's `bbox`, its west is greater
 * than its east when it crosses the antimeridian; near a pole it spans every longitude.
 */
export function boxAround(centre: { latitude: number; longitude: number }, km: number): BoundingBox {
  const dLat = km / 111.19;
  const cos = Math.cos((Math.min(89, Math.abs(centre.latitude) + dLat) * Math.PI) / 180);
  const dLon = dLat / cos;
  const latitudes = {
    south: Math.max(-90, centre.latitude - dLat),
    north: Math.min(90, centre.latitude + dLat),
  };
  // Stryker disable next-line EqualityOperator: equivalent, see stryker-equivalent.md
  if (dLon >= 180) return { west: -180, east: 180, ...latitudes };
  return {
    west: wrapLongitude(centre.longitude - dLon),
    east: wrapLongitude(centre.longitude + dLon),
    ...latitudes,
  };
}

/** A longitude up to 180° past ±180, brought back within ±180. */
function wrapLongitude(longitude: number): number {
  // Stryker disable next-line EqualityOperator: equivalent, see stryker-equivalent.md
  if (longitude < -180) return longitude + 360;
  // Stryker disable next-line EqualityOperator: equivalent, see stryker-equivalent.md
  if (longitude > 180) return longitude - 360;
  return longitude;
}
