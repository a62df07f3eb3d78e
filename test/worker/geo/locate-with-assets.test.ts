import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { locatePoint } from "../../../worker/domain/geo/locate";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";

// Needs web/dist/geo, written by `npm run build` (build-geo, then Vite copies web/public).
describe("locatePoint with the static assets binding", () => {
  const source = createAssetBoundarySource(env.ASSETS);

  it("locates Lyon from the bundled boundaries", async () => {
    expect(await locatePoint({ latitude: 45.764, longitude: 4.8357 }, source)).toEqual({
      country: "FR",
      subdivision: "FR-ARA",
      department: "69",
    });
  });

  it("answers null for a country whose subdivisions are not bundled, despite the SPA fallback", async () => {
    expect(await source.subdivisions("ZZ")).toBeNull();
  });
});
