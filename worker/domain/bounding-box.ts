/** `bbox=west,south,east,north` in degrees (WGS 84); west > east crosses the antimeridian. */
export type BoundingBox = { west: number; south: number; east: number; north: number };

/**
 * Reads a bounding box as the API's `bbox` parameter spells it, or null when it is not one:
 * four numbers, longitudes within ±180, latitudes within ±90, south ≤ north.
 * @example parseBoundingBox("-5.5,41,9.6,51.2") // { west: -5.5, south: 41, east: 9.6, north: 51.2 }
 */
export function parseBoundingBox(value: string): BoundingBox | null {
  const parts = value.split(",");
  const numbers = parts.map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  const [west = Number.NaN, south = Number.NaN, east = Number.NaN, north = Number.NaN] = numbers;
  // NaN (a word, an empty part) and ±Infinity fail every range check below: no finiteness test.
  const valid =
    parts.length === 4 &&
    Math.abs(west) <= 180 &&
    Math.abs(east) <= 180 &&
    Math.abs(south) <= 90 &&
    Math.abs(north) <= 90 &&
    south <= north;
  return valid ? { west, south, east, north } : null;
}

/** `west,south,east,north`, to 5 decimals (about a metre): more would only defeat HTTP caches. */
export function formatBoundingBox(box: BoundingBox): string {
  return [box.west, box.south, box.east, box.north].map((v) => +v.toFixed(5)).join(",");
}
