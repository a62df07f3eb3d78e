/**
 * Once the map rests, asks for the neighbouring views (neighbour-views.ts) that the cache does
 * not cover, one at a time at low priority, so that the next zoom or pan redraws without
 * waiting for the network. A move cancels what is left; a move into the view being prefetched
 * takes that request over instead of asking again.
 */
import type { Map as LeafletMap } from "leaflet";
import { type Bbox, fetchMap, type MapResponse } from "../api/client";
import { type Filters, filtersKey } from "../state/filters";
import type { MapDataCache } from "./map-data-cache";
import { neighbourViews } from "./neighbour-views";
import { type LoadedArea, needsFetch, requestBbox, zoomOutRequestBbox } from "./viewport";

/** How long the map must rest before prefetching: a drag or a run of zooms is not a rest. */
export const REST_MS = 300;

type InFlight = { area: LoadedArea; answer: Promise<MapResponse | null> };

export class Prefetcher {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | null = null;
  #inFlight: InFlight | null = null;
  #view = "";

  constructor(
    private readonly map: LeafletMap,
    private readonly cache: MapDataCache,
  ) {}

  /**
   * Prefetches the current view's neighbours once the map has rested; cancels the previous
   * round, unless it was for this very view (a resize or a second moveend changes nothing).
   */
  schedule(filters: Filters): void {
    const c = this.map.getCenter();
    const view = `${filtersKey(filters)}|${this.map.getZoom()}|${c.lat.toFixed(6)},${c.lng.toFixed(6)}`;
    if (this.#controller && view === this.#view) return;
    this.cancel();
    this.#view = view;
    const controller = new AbortController();
    this.#controller = controller;
    this.#timer = setTimeout(() => whenIdle(() => void this.#run(filters, controller.signal)), REST_MS);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#controller = null;
    this.#inFlight = null;
  }

  /** The answer of the prefetch under way if it covers this view (the caller then owns it), else null. */
  takeCovering(view: Bbox, zoom: number, key: string): Promise<MapResponse | null> | null {
    const flight = this.#inFlight;
    if (!flight || needsFetch({ ...flight.area, mode: "cells" }, view, zoom, key)) return null;
    // Taken over: the round stops here, but this request goes on for the caller.
    this.#inFlight = null;
    clearTimeout(this.#timer);
    this.#controller = null;
    return flight.answer;
  }

  async #run(filters: Filters, signal: AbortSignal): Promise<void> {
    const key = filtersKey(filters);
    const views = neighbourViews(this.map);
    const pans = views.filter((view) => view.zoom === Math.round(this.map.getZoom())).map((v) => v.bbox);
    for (const view of views) {
      if (signal.aborted || this.#controller?.signal !== signal) return;
      if (this.cache.find(view.bbox, view.zoom, key)) continue;
      // The view one level out is asked for with the pans too: its points then serve all four,
      // so one request prefetches five views. Its padding alone, a quarter of its span in
      // degrees, falls short of the southern pan, where a pixel spans more degrees of latitude.
      const bbox = requestBbox(view.bbox, view.zoom);
      const area: LoadedArea = {
        bbox: view.zoom < Math.round(this.map.getZoom()) ? zoomOutRequestBbox(bbox, pans) : bbox,
        zoom: view.zoom,
        mode: "points",
        key,
      };
      const answer = fetchMap(filters, area.bbox, area.zoom, signal, "low").then(
        (data) => {
          this.cache.add({ area: { ...area, mode: data.mode }, data });
          return data;
        },
        () => null,
      );
      this.#inFlight = { area, answer };
      await answer;
      if (this.#inFlight?.answer === answer) this.#inFlight = null;
    }
    // For the tests and the browser benchmark: every neighbour of this view is in the cache.
    if (!signal.aborted && this.#controller?.signal === signal) performance.mark("map-neighbours-cached");
  }
}

function whenIdle(run: () => void): void {
  if ("requestIdleCallback" in window) window.requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 0);
}
