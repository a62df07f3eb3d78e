import type { Topology } from "topojson-specification";
import type { CommuneIndex } from "./insee-commune";

/**
 * Where point location reads its boundaries from: static assets in the Worker, files on disk
 * in Node scripts. Both serve the topologies written by `scripts/build-geo.ts`.
 */
export interface BoundarySource {
  /**
   * First-level subdivisions of a country for point location (object `subdivisions`, or
   * `departements` for France), or null when none are bundled for it.
   */
  subdivisions(country: string): Promise<Topology | null>;
  /** France's communes by INSEE code (`locate/FR-communes.json`), or null when not bundled. */
  communes(): Promise<CommuneIndex | null>;
}

/** Reads one generated file by its path under geo/ (`locate/FR.json`), or null when absent. */
export type TopologyReader = (path: string) => Promise<Topology | null>;

/** Parsed topologies by path, kept by the caller for as long as its files cannot change. */
export type TopologyCache = Map<string, Promise<Topology | null>>;

/**
 * The one layout of the generated files, whatever stores them: `locate/<CC>.json` where a
 * country has boundaries made for location (France: IGN), else the drawn
 * `subdivisions/<CC>.json`. Each file is read and parsed once per cache; a failed read is
 * forgotten, so that a transient failure is retried rather than remembered.
 */
export function boundarySourceFrom(read: TopologyReader, cache: TopologyCache): BoundarySource {
  const load = (path: string): Promise<Topology | null> => {
    let topology = cache.get(path);
    if (!topology) {
      topology = read(path).catch((error: unknown) => {
        cache.delete(path);
        throw error;
      });
      cache.set(path, topology);
    }
    return topology;
  };
  return {
    async subdivisions(country) {
      // The code becomes part of a path: accept nothing but two capital letters.
      if (!/^[A-Z]{2}$/.test(country)) return null;
      return (await load(`locate/${country}.json`)) ?? load(`subdivisions/${country}.json`);
    },
    async communes() {
      // The reader parses any generated JSON file; this one is not a topology.
      return (await load("locate/FR-communes.json")) as unknown as CommuneIndex | null;
    },
  };
}
