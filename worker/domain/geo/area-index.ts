import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** One polygon (outer ring, then holes) of an area, with the box of its outer ring. */
export interface IndexedPolygon {
  bbox: BBox;
  geometry: Polygon;
}

/** One geometry of the object: its polygons, their overall box, and its properties. */
export interface IndexedArea<P> {
  bbox: BBox;
  polygons: IndexedPolygon[];
  properties: P;
}

/** The polygons of one object of a topology, decoded once, with their bounding boxes. */
export type AreaIndex<P> = IndexedArea<P>[];

// Decoding arcs and computing boxes costs far more than a lookup, and a seed or benchmark
// locates 100,000 points against the same few topologies: do it once per topology object.
const indexes = new WeakMap<Topology, Map<string, AreaIndex<unknown>>>();

/**
 * Returns the (cached) index of `topology.objects[objectName]`, or null if it has no such
 * geometry collection. Non-polygonal geometries are ignored.
 */
export function areaIndex<P>(topology: Topology, objectName: string): AreaIndex<P> | null {
  let byObject = indexes.get(topology);
  if (!byObject) {
    byObject = new Map();
    indexes.set(topology, byObject);
  }
  const cached = byObject.get(objectName);
  if (cached) return cached as AreaIndex<P>;
  const object = topology.objects[objectName];
  if (object?.type !== "GeometryCollection") return null;
  const areas: AreaIndex<P> = [];
  for (const { geometry, properties } of feature(topology, object as GeometryCollection).features) {
    const rings: Position[][][] =
      geometry?.type === "Polygon"
        ? [geometry.coordinates]
        : geometry?.type === "MultiPolygon"
          ? geometry.coordinates
          : [];
    const polygons = rings.map((coordinates) => ({
      bbox: boundsOf(coordinates[0] ?? []),
      geometry: { type: "Polygon", coordinates } satisfies Polygon,
    }));
    if (polygons.length > 0)
      areas.push({ bbox: unionOf(polygons.map((p) => p.bbox)), polygons, properties: properties as P });
  }
  byObject.set(objectName, areas);
  return areas;
}

/** Properties of the first area containing the point (its border counts as inside), or null. */
export function findContaining<P>(index: AreaIndex<P>, longitude: number, latitude: number): P | null {
  for (const area of index) {
    // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
    if (!contains(area.bbox, longitude, latitude, 0, 0)) continue;
    for (const polygon of area.polygons) {
      if (
        contains(polygon.bbox, longitude, latitude, 0, 0) &&
        booleanPointInPolygon([longitude, latitude], polygon.geometry)
      ) {
        return area.properties;
      }
    }
  }
  return null;
}

/** Whether a box, grown by dLon and dLat degrees, contains the point. */
export function contains(
  bbox: BBox,
  longitude: number,
  latitude: number,
  dLon: number,
  dLat: number,
): boolean {
  return (
    longitude >= bbox[0] - dLon &&
    longitude <= bbox[2] + dLon &&
    latitude >= bbox[1] - dLat &&
    latitude <= bbox[3] + dLat
  );
}

/** The bounding box of positions. */
export function boundsOf(ring: Position[]): BBox {
  const bbox: BBox = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const [x = 0, y = 0] of ring) {
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
  }
  return bbox;
}

function unionOf(boxes: BBox[]): BBox {
  return boxes.reduce((u, b) => [
    Math.min(u[0], b[0]),
    Math.min(u[1], b[1]),
    Math.max(u[2], b[2]),
    Math.max(u[3], b[3]),
  ]);
}
