/**
 * Clustering behind one small interface, with two adapters: supercluster (shipped, in the main
 * bundle) and leaflet.markercluster (loaded only for `?clusterer=markercluster`, so that a
 * benchmark can compare both in the same build).
 */
import type { Map as LeafletMap } from "leaflet";
import type { ClustererName } from "../state/app-state";
import type { MapPoint, PopupContent } from "./point-marker";
import { createSuperclusterAdapter } from "./supercluster-adapter";

export interface Clusterer {
  readonly name: ClustererName;
  /** Shows exactly these points; markers already shown for the same ids are kept. */
  setPoints(points: readonly MapPoint[]): void;
  /** Redraws for the map's current view and zoom (after a move). */
  refresh(): void;
  /** Removes every marker from the map. */
  clear(): void;
}

export type ClustererContext = {
  map: LeafletMap;
  popups: PopupContent;
  clusterTitle: (count: number) => string;
};

export async function loadClusterer(name: ClustererName, context: ClustererContext): Promise<Clusterer> {
  if (name === "markercluster") {
    const { createMarkerClusterAdapter } = await import("./markercluster-adapter");
    return createMarkerClusterAdapter(context);
  }
  return createSuperclusterAdapter(context);
}
