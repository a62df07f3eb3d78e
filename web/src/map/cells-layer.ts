/**
 * Server-side grid cells (the API's answer for a view with too many incidents): drawn as the
 * same count bubbles as clusters, reconciled by position and count; a click zooms in.
 */
import { type LatLngTuple, LayerGroup, type Map as LeafletMap, type Marker } from "leaflet";
import type { MapData } from "../api/client";
import { countMarker } from "./cluster-icon";

export type MapCell = Extract<MapData, { mode: "cells" }>["cells"][number];

export class CellsLayer {
  readonly #group = new LayerGroup();
  readonly #shown = new Map<string, Marker>();

  constructor(
    private readonly map: LeafletMap,
    private readonly title: (cell: MapCell) => string,
  ) {
    this.#group.addTo(map);
  }

  setCells(cells: readonly MapCell[]): void {
    const next = new Set<string>();
    for (const cell of cells) {
      const [lat, lon, count] = cell;
      const key = `${lat}:${lon}:${count}`;
      next.add(key);
      if (this.#shown.has(key)) continue;
      const at: LatLngTuple = [lat, lon];
      const marker = countMarker(at, count, this.title(cell)).on("click", () =>
        this.map.setView(at, Math.min(this.map.getMaxZoom(), this.map.getZoom() + 2)),
      );
      this.#shown.set(key, marker.addTo(this.#group));
    }
    for (const [key, marker] of this.#shown) {
      if (next.has(key)) continue;
      this.#group.removeLayer(marker);
      this.#shown.delete(key);
    }
  }

  clear(): void {
    this.setCells([]);
  }
}
