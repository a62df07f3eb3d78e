/**
 * One clustering configuration for both clusterers, so that a benchmark compares the libraries
 * and not two settings. Clusters are kept up to the map's last zoom level: incidents placed at
 * the same point (a city, a region's centre) then open as a list instead of overlapping.
 */
import type { MarkerClusterGroupOptions } from "leaflet";
import type { Options as SuperclusterOptions } from "supercluster";

export const MAP_MAX_ZOOM = 18;

export type ClusterConfig = {
  /** Cluster radius in screen pixels. */
  radius: number;
  /** The last zoom level at which points are clustered. */
  maxZoom: number;
  /** The fewest points that make a cluster. */
  minPoints: number;
};

export const clusterConfig: ClusterConfig = { radius: 60, maxZoom: MAP_MAX_ZOOM, minPoints: 2 };

export function superclusterOptions(config: ClusterConfig): SuperclusterOptions<object, object> {
  // Supercluster measures the radius in units of `extent` per tile: Leaflet's tiles are 256 px.
  return { radius: config.radius, maxZoom: config.maxZoom, minPoints: config.minPoints, extent: 256 };
}

export function markerClusterOptions(config: ClusterConfig): MarkerClusterGroupOptions {
  return {
    maxClusterRadius: config.radius,
    // markercluster clusters at every zoom; co-located points are spread apart at the last one.
    spiderfyOnMaxZoom: true,
    showCoverageOnHover: false,
    zoomToBoundsOnClick: true,
    chunkedLoading: true,
    removeOutsideVisibleBounds: true,
    // Clusters split and merge in one step, as supercluster's layer redraws them: animated, each
    // zoom added every child marker, forced a layout and moved them again, and the browser bench
    // compared that animation with supercluster's plain redraw (local zoom at 100k: 71-75 ms
    // with it, 48 ms without, against supercluster's 23 ms).
    animate: false,
  };
}

export type ClusterSize = "small" | "medium" | "large";

/** The size of a cluster's bubble, by its number of incidents. */
export function clusterSize(count: number): ClusterSize {
  if (count < 10) return "small";
  if (count < 100) return "medium";
  return "large";
}

/** Bubble diameters in pixels, matching the `.cluster-*` rules of styles.css. */
export const clusterDiameter: Record<ClusterSize, number> = { small: 30, medium: 38, large: 46 };
