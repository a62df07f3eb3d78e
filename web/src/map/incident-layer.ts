/**
 * The markers mode: asks the API for the padded view when neither what is drawn nor the cache
 * covers it, cancels a request that a newer view made useless, then hands points to the
 * clusterer, cells to the cells layer and regional counts to theirs, each of which reconciles
 * what is drawn. Once the map rests, the neighbouring views are prefetched into the cache.
 */
import type { Map as LeafletMap } from "leaflet";
import { type ApiProblem, type Bbox, fetchMap, isAbort, type MapResponse } from "../api/client";
import { type Filters, filtersKey } from "../state/filters";
import type { CellsLayer } from "./cells-layer";
import type { Clusterer } from "./clusterer";
import { type Loaded, MapDataCache } from "./map-data-cache";
import { Prefetcher } from "./prefetcher";
import type { RegionalLayer } from "./regional-layer";
import { inBbox, type LoadedArea, needsFetch, requestBbox } from "./viewport";

export type LoadEvents = {
  loading: (busy: boolean) => void;
  /** How many incidents the view holds, and how many of them are located only to a region. */
  loaded: (countInView: number, regionalInView: number) => void;
  failed: (problem: ApiProblem) => void;
};

export class IncidentLayer {
  #loaded: LoadedArea | null = null;
  #data: MapResponse | null = null;
  #request: { controller: AbortController; area: LoadedArea } | null = null;
  readonly #cache = new MapDataCache();
  readonly #prefetcher: Prefetcher;

  constructor(
    private readonly map: LeafletMap,
    private readonly clusterer: Clusterer,
    private readonly cells: CellsLayer,
    private readonly regional: RegionalLayer,
    private readonly events: LoadEvents,
  ) {
    this.#prefetcher = new Prefetcher(map, this.#cache);
  }

  /** Brings the markers up to date with the view and the filters; `force` refetches anyway. */
  async update(filters: Filters, force = false): Promise<void> {
    const view = viewBbox(this.map);
    const zoom = Math.round(this.map.getZoom());
    const key = filtersKey(filters);
    if (force) this.#cache.clear();
    if (!force && !needsFetch(this.#loaded, view, zoom, key)) {
      this.clusterer.refresh();
      this.events.loaded(...this.#countIn(view));
      // For the browser benchmark: a redraw from data already loaded, no request made.
      performance.mark("map-data-redrawn", { detail: { clusterer: this.clusterer.name } });
      this.#prefetcher.schedule(filters);
      return;
    }
    const cached = force ? null : this.#cache.find(view, zoom, key);
    if (cached) {
      this.#request?.controller.abort();
      this.#show(cached, "cache");
      this.#prefetcher.schedule(filters);
      return;
    }
    // The request under way already covers this view (as points: cells may be for another zoom).
    const pending = this.#request?.area;
    if (!force && pending && !needsFetch({ ...pending, mode: "cells" }, view, zoom, key)) return;
    this.#request?.controller.abort();
    const bbox = requestBbox(view, zoom);
    const request = { controller: new AbortController(), area: { bbox, zoom, mode: "points" as const, key } };
    this.#request = request;
    this.events.loading(true);
    // For the browser benchmark: this move waits for the network.
    performance.mark("map-data-requested");
    try {
      const data =
        (await this.#prefetcher.takeCovering(view, zoom, key)) ??
        (await fetchMap(filters, bbox, zoom, request.controller.signal));
      if (request.controller.signal.aborted) return;
      const loaded = { area: { ...request.area, mode: data.mode }, data };
      this.#cache.add(loaded);
      this.#show(loaded, "network");
      this.#prefetcher.schedule(filters);
    } catch (error) {
      if (!isAbort(error)) this.events.failed(error as ApiProblem);
    } finally {
      if (this.#request === request) this.#request = null;
      this.events.loading(false);
    }
  }

  /** Draws the loaded data again, e.g. for labels in another language. */
  redraw(): void {
    if (!this.#data) return;
    this.clusterer.clear();
    this.cells.clear();
    this.regional.clear();
    this.#draw(this.#data, "redraw");
  }

  /** Leaves the map (for the regions mode); the next update fetches again. */
  hide(): void {
    this.#request?.controller.abort();
    this.#request = null;
    this.#prefetcher.cancel();
    this.clusterer.clear();
    this.cells.clear();
    this.regional.clear();
    this.#loaded = null;
    this.#data = null;
  }

  #show({ area, data }: Loaded, source: "network" | "cache"): void {
    this.#data = data;
    this.#loaded = area;
    this.#draw(data, source);
    this.events.loaded(...this.#countIn(viewBbox(this.map)));
  }

  #draw(data: MapResponse, source: "network" | "cache" | "redraw"): void {
    if (data.mode === "points") {
      this.cells.clear();
      this.clusterer.setPoints(data.points);
    } else {
      this.clusterer.setPoints([]);
      this.cells.setCells(data.cells);
    }
    this.regional.setRegions(data.regions);
    // A mark per drawing, for benchmarks of the first paint and of redraws (bench/).
    performance.mark("map-data-drawn", {
      detail: { mode: data.mode, total: data.total, clusterer: this.clusterer.name, source },
    });
  }

  /** [every incident in the view, those located only to a region]. */
  #countIn(view: Bbox): [number, number] {
    const data = this.#data;
    if (!data) return [0, 0];
    const regional = data.regions.reduce((sum, [, n, lat, lon]) => sum + (inBbox(view, lat, lon) ? n : 0), 0);
    const pinned =
      data.mode === "points"
        ? data.points.filter(([, lat, lon]) => inBbox(view, lat, lon)).length
        : data.cells.reduce((sum, [lat, lon, n]) => sum + (inBbox(view, lat, lon) ? n : 0), 0);
    return [pinned + regional, regional];
  }
}

export function viewBbox(map: LeafletMap): Bbox {
  const b = map.getBounds();
  return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
}
