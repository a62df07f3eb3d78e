import type { Topology } from "topojson-specification";

/**
 * Where point location reads its boundaries from: static assets in the Worker, files on disk
 * in Node scripts. Both serve the topologies written by `scripts/build-geo.ts`.
 */
export interface BoundarySource {
  /** World countries, one geometry per ISO alpha-2 code in object `countries`. */
  countries(): Promise<Topology>;
  /**
   * First-level subdivisions of a country (object `subdivisions`, or `departements` and
   * `regions` for France), or null when none are bundled for it.
   */
  subdivisions(country: string): Promise<Topology | null>;
}
