import { mergeArcs } from "topojson-client";
import type {
  Arc,
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from "topojson-specification";

/** A polygonal geometry of a topology: the only kinds our boundary files carry. */
export type Areal = Polygon | MultiPolygon;

/** Named geometry collections, as written into a generated topology. */
export type AreaCollections = Record<string, GeometryCollection>;

type ArcTree = number | ArcTree[];

/** Tells whether a TopoJSON geometry object is a Polygon or a MultiPolygon. */
export function isAreal(geometry: GeometryObject): geometry is Areal {
  return geometry.type === "Polygon" || geometry.type === "MultiPolygon";
}

/**
 * Builds one areal geometry from several of the same topology, carrying `properties`.
 * Several parts are dissolved with `mergeArcs` (shared arcs dropped), so each code is one
 * geometry and a choropleth draws no border inside it; arcs are reused, never re-encoded.
 */
export function combine<P extends Record<string, unknown>>(
  topology: Topology,
  parts: Areal[],
  properties: P,
): Polygon<P> | MultiPolygon<P> {
  const [first] = parts;
  if (first === undefined) throw new Error("combine() needs at least one geometry");
  const arcs = parts.length === 1 ? first.arcs : mergeArcs(topology, parts).arcs;
  return first.type === "Polygon" && parts.length === 1
    ? { type: "Polygon", arcs: arcs as number[][], properties }
    : { type: "MultiPolygon", arcs: arcs as number[][][], properties };
}

/**
 * Returns a topology holding only `objects`, with the source's transform and just the arcs
 * they reference (renumbered in order of first use), so dropped geometries cost no bytes.
 */
export function withObjects(source: Topology, objects: AreaCollections): Topology {
  const renumbered = new Map<number, number>();
  const arcs: Arc[] = [];
  const remap = (tree: ArcTree): ArcTree => {
    if (Array.isArray(tree)) return tree.map(remap);
    const index = tree < 0 ? ~tree : tree;
    let target = renumbered.get(index);
    if (target === undefined) {
      const arc = source.arcs[index];
      if (arc === undefined) throw new Error(`arc ${index} does not exist`);
      target = arcs.push(arc) - 1;
      renumbered.set(index, target);
    }
    return tree < 0 ? ~target : target;
  };
  const rewritten: AreaCollections = {};
  for (const [name, collection] of Object.entries(objects)) {
    const geometries = collection.geometries.map((geometry) =>
      isAreal(geometry) ? ({ ...geometry, arcs: remap(geometry.arcs) } as Areal) : geometry,
    );
    rewritten[name] = { type: "GeometryCollection", geometries };
  }
  const topology: Topology = { type: "Topology", objects: rewritten, arcs };
  if (source.transform) topology.transform = source.transform;
  return topology;
}

/**
 * Longitude, in degrees, of one point on a polygon's outer ring (where its first arc starts).
 * With a transform the first position of an arc is absolute (only the following ones are
 * deltas), so no decoding is needed.
 */
export function polygonStartLongitude(topology: Topology, rings: number[][]): number {
  const arcIndex = rings[0]?.[0];
  if (arcIndex === undefined) throw new Error("empty polygon");
  const arc = topology.arcs[arcIndex < 0 ? ~arcIndex : arcIndex];
  const x = arc?.[0]?.[0];
  if (x === undefined) throw new Error(`arc ${arcIndex} is empty`);
  const t = topology.transform;
  return t ? x * t.scale[0] + t.translate[0] : x;
}

/** Groups items by a key, keeping first-seen order of keys and items (deterministic output). */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
