import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import {
  type BoundarySource,
  boundarySourceFrom,
  type TopologyCache,
} from "../../worker/domain/geo/boundary-source";
import { buildWorld } from "./geo/build-world";

const require = createRequire(import.meta.url);

/** Where `scripts/build-geo.ts` writes the boundaries (Vite then copies them to web/dist). */
export const DEFAULT_GEO_DIR = fileURLToPath(new URL("../../web/public/geo/", import.meta.url));

// Parsed once per process and directory: seed and benchmark scripts locate many points.
const caches = new Map<string, TopologyCache>();

/**
 * A BoundarySource reading the generated TopoJSON files from disk, for Node scripts and tests.
 *
 * @example
 * const location = await locatePoint({ latitude: 48.85, longitude: 2.35 }, createFsBoundarySource());
 */
export function createFsBoundarySource(geoDir: string = DEFAULT_GEO_DIR): BoundarySource {
  let cache = caches.get(geoDir);
  if (!cache) {
    cache = new Map();
    caches.set(geoDir, cache);
  }
  return boundarySourceFrom((path) => readTopology(join(geoDir, path)), cache);
}

async function readTopology(file: string): Promise<Topology | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Topology;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * The world's countries at 1:50m (world-atlas, coded by ISO alpha-2 as the build codes them),
 * for scripts that need a country's shape. Point location itself uses country-coder.
 */
export async function readWorldTopology(): Promise<Topology> {
  const source = JSON.parse(await readFile(require.resolve("world-atlas/countries-50m.json"), "utf8"));
  return buildWorld(source as Topology).topology;
}
