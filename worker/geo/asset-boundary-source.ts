import type { Topology } from "topojson-specification";
import { type BoundarySource, boundarySourceFrom, type TopologyCache } from "../domain/geo/boundary-source";

/** The part of the Workers Static Assets binding (`env.ASSETS`) that we use. */
export interface AssetFetcher {
  fetch(request: Request): Promise<Response>;
}

// The host is ignored by the assets binding; only the path selects the file.
const ASSET_ORIGIN = "https://assets.local";

// Parsed topologies live as long as the isolate: locate/FR.json is ~1 MB of JSON, too
// costly to fetch and parse per request. Keyed by path, as there is one ASSETS per Worker.
const topologies: TopologyCache = new Map();

/**
 * A BoundarySource reading `/geo/locate/<CC>.json` and `/geo/subdivisions/<CC>.json` (written
 * by `scripts/build-geo.ts`, copied to web/dist by Vite) through the static assets binding.
 *
 * @example
 * const location = await locatePoint(point, createAssetBoundarySource(c.env.ASSETS));
 */
export function createAssetBoundarySource(assets: AssetFetcher): BoundarySource {
  return boundarySourceFrom((path) => fetchTopology(assets, `/geo/${path}`), topologies);
}

async function fetchTopology(assets: AssetFetcher, path: string): Promise<Topology | null> {
  const response = await assets.fetch(new Request(`${ASSET_ORIGIN}${path}`));
  // With `not_found_handling = "single-page-application"` a missing file comes back as
  // index.html with status 200, so a non-JSON body also means "not bundled".
  const isJson = response.headers.get("content-type")?.includes("json") ?? false;
  if (response.status === 404 || (response.ok && !isJson)) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) throw new Error(`static asset ${path}: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}
