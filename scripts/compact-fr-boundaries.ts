/**
 * Derives the compact official boundaries of the French départements that the project carries
 * (data/boundaries/fr-departements-ign.topo.json) from the IGN Admin Express file in
 * ../shared/data/boundaries-fr (3.7 MB GeoJSON). TopoJSON shares each border once and a 1e6
 * quantization keeps positions to about 10 m across the whole extent (overseas included), far
 * finer than the 5 km errors of the Natural Earth shapes it replaces for point location.
 * Run: npx tsx scripts/compact-fr-boundaries.ts [path/to/departements-avec-outre-mer.geojson]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { topology } from "topojson-server";

const source =
  process.argv[2] ??
  fileURLToPath(
    new URL("../../shared/data/boundaries-fr/departements-avec-outre-mer.geojson", import.meta.url),
  );
const target = fileURLToPath(new URL("../data/boundaries/fr-departements-ign.topo.json", import.meta.url));

const collection = JSON.parse(readFileSync(source, "utf8")) as FeatureCollection<
  Polygon | MultiPolygon,
  { code: string; nom: string }
>;
if (collection.features.length !== 101) {
  throw new Error(`expected the 101 départements, found ${collection.features.length} in ${source}`);
}
const departements: FeatureCollection<Polygon | MultiPolygon, { code: string }> = {
  type: "FeatureCollection",
  features: collection.features.map(({ geometry, properties }) => ({
    type: "Feature",
    geometry,
    properties: { code: properties.code },
  })),
};
const text = JSON.stringify(topology({ departements }, 1e6));
writeFileSync(target, text);
console.log(`${target}: ${(text.length / 1024).toFixed(0)} KB`);
