import Supercluster from "supercluster";
import { describe, expect, it } from "vitest";
import {
  clusterConfig,
  clusterSize,
  MAP_MAX_ZOOM,
  markerClusterOptions,
  superclusterOptions,
} from "../../web/src/map/clustering-config";

/** Two points `pixels` apart on screen at `zoom` (256-px tiles), on the equator. */
function pointsApart(pixels: number, zoom: number) {
  const degrees = (pixels * 360) / (256 * 2 ** zoom);
  return [0, degrees].map((lon, i) => ({
    type: "Feature" as const,
    geometry: { type: "Point" as const, coordinates: [lon, 0] },
    properties: { i },
  }));
}

function clustersAt(pixels: number, zoom: number) {
  const index = new Supercluster(superclusterOptions(clusterConfig)).load(pointsApart(pixels, zoom));
  return index.getClusters([-180, -85, 180, 85], zoom);
}

describe("the clustering configuration", () => {
  it("gives both clusterers the same radius", () => {
    expect(superclusterOptions(clusterConfig).radius).toBe(clusterConfig.radius);
    expect(markerClusterOptions(clusterConfig).maxClusterRadius).toBe(clusterConfig.radius);
  });

  it("measures supercluster's radius in screen pixels", () => {
    expect(clustersAt(clusterConfig.radius * 0.8, 5)).toHaveLength(1);
    expect(clustersAt(clusterConfig.radius * 1.2, 5)).toHaveLength(2);
  });

  it("keeps incidents at one place clustered up to the map's last zoom, where they open as a list", () => {
    expect(superclusterOptions(clusterConfig).maxZoom).toBe(MAP_MAX_ZOOM);
    expect(clustersAt(0, MAP_MAX_ZOOM)).toHaveLength(1);
    expect(markerClusterOptions(clusterConfig)).toMatchObject({
      spiderfyOnMaxZoom: true,
      zoomToBoundsOnClick: true,
    });
  });

  it("redraws markercluster's clusters in one step, as supercluster's are, without animation", () => {
    expect(markerClusterOptions(clusterConfig).animate).toBe(false);
  });

  it("sizes bubbles by count", () => {
    expect([1, 9, 10, 99, 100, 50_000].map(clusterSize)).toEqual([
      "small",
      "small",
      "medium",
      "medium",
      "large",
      "large",
    ]);
  });
});
