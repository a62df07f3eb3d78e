/**
 * Incidents located only to a region or a country (`regions` of `/api/map`): their stored point
 * is the region's centre, not a place, so they are never pinned or clustered with the precise
 * points. One dashed badge per region, in a pane under the points, says how many there are; a
 * click selects the region, whose list then shows them. Reconciled by region and count.
 */
import { DivIcon, LayerGroup, type LeafletKeyboardEvent, type Map as LeafletMap, Marker } from "leaflet";
import type { MapData } from "../api/client";
import { h } from "../dom/h";
import { formatNumber } from "../i18n/format";

export type MapRegion = MapData["regions"][number];

export class RegionalLayer {
  readonly #group: LayerGroup;
  readonly #shown = new Map<string, Marker>();

  constructor(
    map: LeafletMap,
    private readonly title: (region: MapRegion) => string,
    private readonly choose: (code: string) => void,
  ) {
    map.createPane("regional").classList.add("pane-regional");
    this.#group = new LayerGroup([], { pane: "regional" }).addTo(map);
  }

  setRegions(regions: readonly MapRegion[]): void {
    const next = new Set<string>();
    for (const region of regions) {
      const [code, count, lat, lon] = region;
      const key = `${code}:${count}:${lat}:${lon}`;
      next.add(key);
      if (this.#shown.has(key)) continue;
      const label = this.title(region);
      const icon = new DivIcon({
        html: h(
          "span",
          { class: "regional-count" },
          h("span", { "aria-hidden": "true" }, formatNumber(count)),
          h("span", { class: "visually-hidden" }, label),
        ),
        className: "regional",
        iconSize: [34, 22],
        // Hung below the region's centre, where the precise points of its capital often cluster.
        iconAnchor: [17, -16],
      });
      const marker = new Marker([lat, lon], { icon, title: label, pane: "regional", keyboard: true });
      marker.on("click", () => code && this.choose(code));
      // Leaflet gives a focused marker's Enter to popups only: this one is a button without one.
      marker.on("keypress", (event) => {
        if ((event as LeafletKeyboardEvent).originalEvent.key === "Enter" && code) this.choose(code);
      });
      this.#shown.set(key, marker.addTo(this.#group));
    }
    for (const [key, marker] of this.#shown) {
      if (next.has(key)) continue;
      this.#group.removeLayer(marker);
      this.#shown.delete(key);
    }
  }

  clear(): void {
    this.setRegions([]);
  }
}
