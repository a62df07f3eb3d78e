/**
 * Clusters with supercluster: a spatial index built once per set of points, queried for the
 * view after each move. Markers are reconciled by key (point id, or a cluster's position and
 * size), so a move only adds and removes what changed.
 */
import { type Layer, LayerGroup } from "leaflet";
import Supercluster, { type ClusterProperties } from "supercluster";
import { countMarker } from "./cluster-icon";
import type { Clusterer, ClustererContext } from "./clusterer";
import { clusterConfig, superclusterOptions } from "./clustering-config";
import { type MapPoint, openColocatedPopup, pointMarker } from "./point-marker";

type Properties = { point: MapPoint };
type Shown = { layer: Layer; clusterId: number | null; at: [number, number] };

export function createSuperclusterAdapter({ map, popups, clusterTitle }: ClustererContext): Clusterer {
  const group = new LayerGroup().addTo(map);
  const shown = new Map<string, Shown>();
  let index: Supercluster<Properties, object> | null = null;
  let ids = new Set<string>();

  function zoomInto(key: string): void {
    const entry = shown.get(key);
    if (!index || !entry || entry.clusterId === null) return;
    const expansion = index.getClusterExpansionZoom(entry.clusterId);
    if (expansion > clusterConfig.maxZoom) {
      const leaves = index
        .getLeaves(entry.clusterId, Number.POSITIVE_INFINITY)
        .map((f) => f.properties.point);
      openColocatedPopup(map, leaves, popups);
      return;
    }
    map.setView(entry.at, expansion);
  }

  function refresh(): void {
    if (!index) return;
    const b = map.getBounds().pad(0.1);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-90, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(90, b.getNorth()),
    ];
    const next = new Set<string>();
    for (const feature of index.getClusters(bbox, Math.round(map.getZoom()))) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties as Partial<ClusterProperties> & Partial<Properties>;
      if (properties.cluster && properties.cluster_id !== undefined && properties.point_count !== undefined) {
        const count = properties.point_count;
        const key = `c:${lat.toFixed(6)}:${lon.toFixed(6)}:${count}`;
        next.add(key);
        const entry = shown.get(key);
        if (entry) entry.clusterId = properties.cluster_id;
        else {
          const marker = countMarker([lat, lon], count, clusterTitle(count)).on("click", () => zoomInto(key));
          shown.set(key, { layer: marker.addTo(group), clusterId: properties.cluster_id, at: [lat, lon] });
        }
      } else if (properties.point) {
        const key = `p:${properties.point[0]}`;
        next.add(key);
        if (!shown.has(key)) {
          const layer = pointMarker(properties.point, popups).addTo(group);
          shown.set(key, { layer, clusterId: null, at: [lat, lon] });
        }
      }
    }
    for (const [key, { layer }] of shown) {
      if (next.has(key)) continue;
      group.removeLayer(layer);
      shown.delete(key);
    }
  }

  return {
    name: "supercluster",
    setPoints(points) {
      const nextIds = new Set(points.map((p) => p[0]));
      const same = nextIds.size === ids.size && [...nextIds].every((id) => ids.has(id));
      if (!same || !index) {
        ids = nextIds;
        index = new Supercluster<Properties, object>(superclusterOptions(clusterConfig)).load(
          points.map((point) => ({
            type: "Feature",
            geometry: { type: "Point", coordinates: [point[2], point[1]] },
            properties: { point },
          })),
        );
      }
      refresh();
    },
    refresh,
    clear() {
      group.clearLayers();
      shown.clear();
      index = null;
      ids = new Set();
    },
  };
}
