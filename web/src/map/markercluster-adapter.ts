/**
 * Clusters with leaflet.markercluster, loaded only on demand. The plugin is written against a
 * global, mutable `L`; the ES module namespace is frozen, so it gets a copy of it. Markers are
 * kept by incident id and added or removed in batches.
 */
import * as leaflet from "leaflet";
import "leaflet.markercluster/dist/MarkerCluster.css";
import { clusterIcon } from "./cluster-icon";
import type { Clusterer, ClustererContext } from "./clusterer";
import { clusterConfig, markerClusterOptions } from "./clustering-config";
import { pointMarker } from "./point-marker";

type LeafletWithPlugin = typeof leaflet;

export async function createMarkerClusterAdapter({
  map,
  popups,
  clusterTitle,
}: ClustererContext): Promise<Clusterer> {
  const global = globalThis as { L?: LeafletWithPlugin };
  global.L ??= { ...leaflet };
  await import("leaflet.markercluster");
  const L = global.L;
  const group = L.markerClusterGroup({
    ...markerClusterOptions(clusterConfig),
    iconCreateFunction: (cluster) =>
      clusterIcon(cluster.getChildCount(), clusterTitle(cluster.getChildCount())),
  });
  group.addTo(map);
  const shown = new Map<string, leaflet.Layer>();

  return {
    name: "markercluster",
    setPoints(points) {
      const next = new Set(points.map((p) => p[0]));
      const removed = [...shown].filter(([id]) => !next.has(id));
      group.removeLayers(removed.map(([, layer]) => layer));
      for (const [id] of removed) shown.delete(id);
      const added = points
        .filter((p) => !shown.has(p[0]))
        .map((p) => {
          const marker = pointMarker(p, popups);
          shown.set(p[0], marker);
          return marker;
        });
      group.addLayers(added);
    },
    // markercluster follows the map's moves by itself.
    refresh() {},
    clear() {
      group.clearLayers();
      shown.clear();
    },
  };
}
