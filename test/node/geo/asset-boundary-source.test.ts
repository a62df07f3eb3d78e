import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_GEO_DIR } from "../../../scripts/lib/fs-boundary-source";
import { type AssetFetcher, createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";

/** Serves web/public/geo as the assets binding would serve web/dist/geo, counting requests. */
function fakeAssets(missing: "404" | "spa-fallback" = "404"): AssetFetcher & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    async fetch(request) {
      const { pathname } = new URL(request.url);
      paths.push(pathname);
      try {
        const body = await readFile(join(DEFAULT_GEO_DIR, pathname.replace(/^\/geo\//, "")));
        return new Response(body, { headers: { "content-type": "application/json" } });
      } catch {
        return missing === "404"
          ? new Response("Not Found", { status: 404 })
          : new Response("<!doctype html>", { headers: { "content-type": "text/html" } });
      }
    },
  };
}

// The parsed-topology cache is per module instance (per isolate in the Worker), so each test
// asks for a country no other test in this file asks for.
describe("createAssetBoundarySource", () => {
  it("reads a country's location boundaries from /geo/locate/, else its drawn subdivisions", async () => {
    const assets = fakeAssets();
    const source = createAssetBoundarySource(assets);
    expect((await source.subdivisions("FR"))?.objects.departements).toBeDefined();
    expect((await source.subdivisions("DE"))?.objects.subdivisions).toBeDefined();
    expect(assets.paths).toEqual(["/geo/locate/FR.json", "/geo/locate/DE.json", "/geo/subdivisions/DE.json"]);
  });

  it("parses each file once however many sources and calls ask for it", async () => {
    const assets = fakeAssets();
    const [a, b] = await Promise.all([
      createAssetBoundarySource(assets).subdivisions("IT"),
      createAssetBoundarySource(assets).subdivisions("IT"),
    ]);
    expect(a).toBe(b);
    expect(assets.paths.filter((path) => path.endsWith("subdivisions/IT.json"))).toHaveLength(1);
  });

  it("answers null for a country without a file, whether the binding 404s or falls back to index.html", async () => {
    expect(await createAssetBoundarySource(fakeAssets("404")).subdivisions("ZZ")).toBeNull();
    expect(await createAssetBoundarySource(fakeAssets("spa-fallback")).subdivisions("ZY")).toBeNull();
  });

  it("never turns something other than a two-letter code into a path", async () => {
    const assets = fakeAssets();
    expect(await createAssetBoundarySource(assets).subdivisions("../world")).toBeNull();
    expect(assets.paths).toEqual([]);
  });
});
