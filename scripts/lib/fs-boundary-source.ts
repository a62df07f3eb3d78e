import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import type { BoundarySource } from "../../worker/domain/geo/boundary-source";

/** Where `scripts/build-geo.ts` writes the boundaries (Vite then copies them to web/dist). */
export const DEFAULT_GEO_DIR = fileURLToPath(new URL("../../web/public/geo/", import.meta.url));

// Parsed once per process: seed and benchmark scripts locate many points.
const topologies = new Map<string, Promise<Topology | null>>();

/**
 * A BoundarySource reading the generated TopoJSON files from disk, for Node scripts and tests.
 *
 * @example
 * const location = await locatePoint({ latitude: 48.85, longitude: 2.35 }, createFsBoundarySource());
 */
export function createFsBoundarySource(geoDir: string = DEFAULT_GEO_DIR): BoundarySource {
  return {
    async countries() {
      const world = await load(join(geoDir, "world-50m.json"));
      if (!world)
        throw new Error(`${join(geoDir, "world-50m.json")} is missing: run npx tsx scripts/build-geo.ts`);
      return world;
    },
    subdivisions(country) {
      // The code becomes part of a path: accept nothing but two capital letters.
      if (!/^[A-Z]{2}$/.test(country)) return Promise.resolve(null);
      return load(join(geoDir, "subdivisions", `${country}.json`));
    },
  };
}

function load(file: string): Promise<Topology | null> {
  let topology = topologies.get(file);
  if (!topology) {
    topology = readFile(file, "utf8").then(
      (text) => JSON.parse(text) as Topology,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        topologies.delete(file); // a transient failure is retried, not remembered
        throw error;
      },
    );
    topologies.set(file, topology);
  }
  return topology;
}
