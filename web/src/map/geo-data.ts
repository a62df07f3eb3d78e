/**
 * The bundled boundaries (TopoJSON made by scripts/build-geo.ts, served from /geo/): fetched
 * once each, when first needed, and turned into GeoJSON features.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { LatLngBoundsExpression } from "leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { fetchAnswer } from "../api/early";

export type AreaProperties = { code: string; name?: string; region?: string };
export type Areas = FeatureCollection<Geometry, AreaProperties>;

const topologies = new Map<string, Promise<Topology | null>>();

/** A TopoJSON file, or null when there is none (the SPA fallback answers HTML for a missing file). */
function loadTopology(path: string): Promise<Topology | null> {
  let pending = topologies.get(path);
  if (!pending) {
    pending = fetchAnswer(path)
      .then((answer) => (answer.ok ? (answer.body as Topology | null) : null))
      .catch(() => {
        topologies.delete(path);
        return null;
      });
    topologies.set(path, pending);
  }
  return pending;
}

function areasOf(topology: Topology | null, object: string): Areas | null {
  const collection = topology?.objects[object] as GeometryCollection<AreaProperties> | undefined;
  if (!topology || !collection) return null;
  const areas = feature(topology, collection) as Areas;
  for (const area of areas.features) unwrapGeometry(area.geometry);
  return areas;
}

let countries: Promise<Areas | null> | null = null;

/**
 * Countries, with `code` = ISO 3166-1 alpha-2. Antarctica is left out: no flat map draws it
 * usefully, and no health incident happens there.
 */
export function loadCountries(): Promise<Areas | null> {
  countries ??= loadTopology("/geo/world.json").then((topology) => {
    const areas = areasOf(topology, "countries");
    if (areas) areas.features = areas.features.filter((f) => f.properties.code !== "AQ");
    return areas;
  });
  return countries;
}

/**
 * The boundaries are made for a globe: a ring may step from 179.9° to -180°. On a flat map
 * that step is a line across the world, so each ring is made continuous instead (it then
 * runs a little past 180°, where the map still shows it).
 * @example unwrapRing([[179, 65], [-179, 66]]) // [[179, 65], [181, 66]]
 */
export function unwrapRing(ring: Position[]): Position[] {
  for (let i = 1; i < ring.length; i += 1) {
    const previous = ring[i - 1] as Position;
    const point = ring[i] as Position;
    const step = (point[0] as number) - (previous[0] as number);
    if (Math.abs(step) > 180) ring[i] = [(point[0] as number) - Math.sign(step) * 360, ...point.slice(1)];
  }
  return ring;
}

function unwrapGeometry(geometry: Geometry): void {
  if (geometry.type === "Polygon") geometry.coordinates.forEach(unwrapRing);
  else if (geometry.type === "MultiPolygon")
    for (const polygon of geometry.coordinates) polygon.forEach(unwrapRing);
}

/**
 * A country's first-level subdivisions, `code` = ISO 3166-2. For France, `departements` gives
 * the départements (`code` "69", with their `region`) and `regions` the régions.
 */
export async function loadSubdivisions(
  country: string,
  object: "subdivisions" | "regions" | "departements",
): Promise<Areas | null> {
  const topology = await loadTopology(`/geo/subdivisions/${country}.json`);
  return areasOf(topology, topology && object in topology.objects ? object : "subdivisions");
}

/**
 * The bounds of an area's largest polygon: metropolitan France rather than a box that spans
 * its overseas départements and half the globe.
 */
export function mainBounds(area: Feature<Geometry, unknown>): LatLngBoundsExpression | null {
  const polygons: Position[][][] =
    area.geometry.type === "Polygon"
      ? [area.geometry.coordinates]
      : area.geometry.type === "MultiPolygon"
        ? area.geometry.coordinates
        : [];
  let best: { size: number; box: [[number, number], [number, number]] } | null = null;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    const lons = ring.map((p) => p[0] as number);
    const lats = ring.map((p) => p[1] as number);
    if (ring.length === 0) continue;
    const box: [[number, number], [number, number]] = [
      [Math.min(...lats), Math.min(...lons)],
      [Math.max(...lats), Math.max(...lons)],
    ];
    const size = (box[1][0] - box[0][0]) * (box[1][1] - box[0][1]);
    if (!best || size > best.size) best = { size, box };
  }
  return best?.box ?? null;
}
