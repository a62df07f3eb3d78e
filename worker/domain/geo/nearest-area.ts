import type { Position } from "geojson";
import { type AreaIndex, type BBox, boundsOf, contains, type IndexedPolygon } from "./area-index";

/** An area found near a point, and how far its outline is from it. */
export interface NearestArea<P> {
  properties: P;
  km: number;
}

/** A run of consecutive ring vertices and their box, to skip far parts of a long outline. */
interface OutlineChunk {
  bbox: BBox;
  positions: Position[];
}

const KM_PER_DEGREE = 111.32;
const CHUNK_SEGMENTS = 32;

// Points offshore would otherwise measure every segment of a whole coastline (metropolitan
// France has thousands): chunk boxes are built on first need, once per polygon.
const chunksByPolygon = new WeakMap<IndexedPolygon, OutlineChunk[]>();

/**
 * The area whose outline passes nearest the point, if within `maxKm`, else null. Distances
 * are planar (equirectangular around the point): exact enough at a few kilometres, and the
 * search does not look across the antimeridian.
 */
export function findNearest<P>(
  index: AreaIndex<P>,
  longitude: number,
  latitude: number,
  maxKm: number,
): NearestArea<P> | null {
  const kmPerLonDegree = KM_PER_DEGREE * Math.max(Math.cos((latitude * Math.PI) / 180), 1e-6);
  let nearest: NearestArea<P> | null = null;
  let radiusKm = maxKm;
  // A box grown by the radius holds every outline within it: what lies outside is not measured.
  const inReach = (bbox: BBox) => {
    const dLon = radiusKm / kmPerLonDegree;
    // Stryker disable next-line ArithmeticOperator: equivalent, see stryker-equivalent.md
    const dLat = radiusKm / KM_PER_DEGREE;
    return contains(bbox, longitude, latitude, dLon, dLat);
  };
  for (const area of index) {
    // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
    if (!inReach(area.bbox)) continue;
    for (const polygon of area.polygons) {
      // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
      if (!inReach(polygon.bbox)) continue;
      for (const chunk of chunksOf(polygon)) {
        // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
        if (!inReach(chunk.bbox)) continue;
        const km = distanceKm(chunk.positions, longitude, latitude, kmPerLonDegree);
        if (km <= radiusKm) {
          radiusKm = km;
          nearest = { properties: area.properties, km };
        }
      }
    }
  }
  return nearest;
}

function chunksOf(polygon: IndexedPolygon): OutlineChunk[] {
  let chunks = chunksByPolygon.get(polygon);
  // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
  if (!chunks) {
    chunks = [];
    for (const ring of polygon.geometry.coordinates) {
      // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, see stryker-equivalent.md
      for (let start = 0; start < ring.length - 1; start += CHUNK_SEGMENTS) {
        // Stryker disable next-line MethodExpression: equivalent, see stryker-equivalent.md
        const positions = ring.slice(start, start + CHUNK_SEGMENTS + 1);
        chunks.push({ bbox: boundsOf(positions), positions });
      }
    }
    chunksByPolygon.set(polygon, chunks);
  }
  return chunks;
}

/** Shortest distance from the point to the polyline through `positions`, in km. */
function distanceKm(
  positions: Position[],
  longitude: number,
  latitude: number,
  kmPerLonDegree: number,
): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < positions.length; i++) {
    const [aLon = 0, aLat = 0] = positions[i - 1] ?? [];
    const [bLon = 0, bLat = 0] = positions[i] ?? [];
    const ax = (aLon - longitude) * kmPerLonDegree;
    const ay = (aLat - latitude) * KM_PER_DEGREE;
    const dx = (bLon - aLon) * kmPerLonDegree;
    const dy = (bLat - aLat) * KM_PER_DEGREE;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
