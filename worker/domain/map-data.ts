/** The compact shapes `GET /api/map` sends: positional arrays, because there can be thousands. */
import type { AttackType, LocationPrecision } from "./enums";

/** [id, latitude, longitude, primary attack type, date] */
export type MapPoint = [string, number, number, AttackType, string];
/** [mean latitude, mean longitude, incidents, most frequent attack type] */
export type MapCell = [number, number, number, AttackType];
/**
 * Incidents located only to a region: [ISO 3166-2 subdivision or ISO 3166-1 country code ("" when
 * the point lies in no known country), incidents, mean latitude, mean longitude]. One entry per
 * region, however many incidents it holds: they are counted there, never pinned as points.
 */
export type MapRegion = [string, number, number, number];

/**
 * The least zoom at which `regions` counts incidents per subdivision. Below it a state or a
 * French région is a few dozen pixels wide, narrower than its count badge: its incidents are
 * counted with the rest of its country's, so the world view shows one badge per country (26
 * instead of 159 in the 10k bench set) instead of a pile of overlapping ones.
 */
const SUBDIVISION_COUNTS_MIN_ZOOM = 5;

/** Whether `regions` counts per subdivision at this zoom (else per country). */
export function countsPerSubdivision(zoom: number): boolean {
  return zoom >= SUBDIVISION_COUNTS_MIN_ZOOM;
}

/** Precisions that place an incident at a point worth pinning; the others name only a region. */
export const PINNED_PRECISIONS = ["exact", "city"] as const satisfies readonly LocationPrecision[];
export const REGIONAL_PRECISIONS = ["subdivision", "country"] as const satisfies readonly LocationPrecision[];

/** `total` counts the pinned incidents (points or cells); `regions` holds the others. */
export type MapData =
  | { mode: "points"; total: number; points: MapPoint[]; regions: MapRegion[] }
  | { mode: "cells"; total: number; cellSize: number; cells: MapCell[]; regions: MapRegion[] };
