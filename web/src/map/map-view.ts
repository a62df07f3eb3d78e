/**
 * The map pane: a Leaflet map over the bundled boundaries, in one of two modes (incidents as
 * markers, or counts per area), kept in step with the state: filters, position, mode, tiles.
 */
import { Map as LeafletMap, type TileLayer } from "leaflet";
import { h, rerender } from "../dom/h";
import { t } from "../i18n/i18n";
import type { AppState, MapPosition } from "../state/app-state";
import type { Store } from "../state/store";
import { roundPosition } from "../state/url-state";
import { addBoundariesBase, osmTileLayer } from "./base-layer";
import { MAP_MAX_ZOOM } from "./clustering-config";
import type { IncidentLayer } from "./incident-layer";
import { Legend } from "./legend";
import { MapStatus } from "./map-status";
import { renderMapToolbar } from "./map-toolbar";
import { createMarkersMode } from "./markers-mode";
import { type RegionsController, regionsController, showLegendFor } from "./regions-mode";

const POSITION_DEBOUNCE_MS = 200;

/** By the window's width, as web/public/first-view.js decides which view to preload. */
export function defaultPosition(windowWidth: number): MapPosition {
  return { lat: 40, lon: -35, zoom: windowWidth < 500 ? 1 : 2 };
}

export class MapView {
  readonly #toolbar = h("div", { class: "map-toolbar-slot" });
  readonly #map: LeafletMap;
  readonly #status: MapStatus;
  readonly #legend = new Legend();
  #tiles: TileLayer | null = null;
  #markers: IncidentLayer | null = null;
  #positionTimer: ReturnType<typeof setTimeout> | undefined;
  /** Called each time either mode has drawn or failed; `start` waits for the first call. */
  #drawn: () => void = () => {};
  readonly #regions: RegionsController;

  constructor(
    private readonly store: Store,
    section: HTMLElement,
  ) {
    const container = h("div", { id: "map", class: "map", role: "region", "aria-label": t("mapLabel") });
    this.#status = new MapStatus(section, () => this.#refresh(true));
    section.append(this.#toolbar, container, this.#status.element);
    // Laid out before the map measures its box, so that the first request fits the view.
    this.#renderToolbar(store.state);
    const start = store.state.position ?? defaultPosition(window.innerWidth);
    this.#map = new LeafletMap(container, {
      center: [start.lat, start.lon],
      zoom: start.zoom,
      minZoom: 1,
      maxZoom: MAP_MAX_ZOOM,
      maxBounds: [
        [-90, -200],
        [90, 200],
      ],
      maxBoundsViscosity: 1,
      worldCopyJump: false,
    });
    this.#map.createPane("points").classList.add("pane-points");
    this.#legend.addTo(this.#map);
    this.#regions = regionsController(this.#map, store, this.#status, this.#legend);
    this.#map.on("moveend", () => this.#onMove());
    // The map's box changes with the toolbar, the phone's map/list switch and the window.
    new ResizeObserver(() => this.#map.invalidateSize()).observe(container);
  }

  /**
   * Draws the base map and the first data; the clusterer may be loaded on demand. Resolves once
   * the boundaries are drawn (or could not be loaded) and the map has drawn data (markers or
   * regions) or reported a failure, whichever request did it: a first request may give way to
   * one for the view as the layout settles. The data and the boundaries arrive in either order;
   * the first view is there only once both are drawn, and what waits for it (app.ts) must not
   * come between them: a trace at 100k showed the boundaries drawn 185 ms after the data, behind
   * the list's first page.
   */
  async start(): Promise<void> {
    const firstDrawing = new Promise<void>((resolve) => {
      this.#drawn = resolve;
    });
    const base = addBoundariesBase(this.#map);
    this.#markers = await createMarkersMode(this.#map, this.store, this.#status, () => this.#drawn());
    this.#map.invalidateSize();
    this.update(this.store.state, null);
    await Promise.all([firstDrawing, base]);
  }

  /** Follows a state change (from a control, a link or Back/Forward). */
  update(state: AppState, previous: AppState | null): void {
    this.#map.getContainer().setAttribute("aria-label", t("mapLabel"));
    this.#renderToolbar(state);
    if (state.position && !this.#shows(state.position)) {
      this.#map.setView([state.position.lat, state.position.lon], state.position.zoom);
    }
    if (state.tiles !== Boolean(this.#tiles)) this.#toggleTiles(state.tiles);
    const changed =
      !previous ||
      previous.mode !== state.mode ||
      previous.filters !== state.filters ||
      previous.level !== state.level;
    if (changed) this.#refresh();
    else if (previous.lang !== state.lang) this.#relabel();
  }

  /** Centres the map on a position, at least at a city's zoom. */
  showPlace(lat: number, lon: number): void {
    this.#map.setView([lat, lon], Math.max(this.#map.getZoom(), 10));
    this.#map.getContainer().focus();
  }

  #refresh(force = false): void {
    const { mode, filters } = this.store.state;
    if (mode === "regions") {
      this.#markers?.hide();
      this.#status.count(null);
      void this.#regions.show().finally(() => this.#drawn());
      return;
    }
    this.#regions.hide();
    showLegendFor(this.#legend);
    void this.#markers?.update(filters, force);
  }

  /** Same data, other language: markers, legend and tooltips are made again, nothing is fetched. */
  #relabel(): void {
    if (this.store.state.mode === "regions") void this.#regions.show();
    else {
      showLegendFor(this.#legend);
      this.#markers?.redraw();
    }
  }

  #onMove(): void {
    if (this.store.state.mode === "markers") void this.#markers?.update(this.store.state.filters);
    // The URL follows the view after the redraw, once the map rests: replaceState and the
    // store's listeners cost ~7 ms, a seventh of the redraw budget, on every move.
    clearTimeout(this.#positionTimer);
    this.#positionTimer = setTimeout(() => {
      const c = this.#map.getCenter();
      this.store.update(
        { position: roundPosition({ lat: c.lat, lon: c.lng, zoom: this.#map.getZoom() }) },
        "replace",
      );
    }, POSITION_DEBOUNCE_MS);
  }

  #shows(position: MapPosition): boolean {
    const c = this.#map.getCenter();
    const here = roundPosition({ lat: c.lat, lon: c.lng, zoom: this.#map.getZoom() });
    return here.lat === position.lat && here.lon === position.lon && here.zoom === position.zoom;
  }

  #toggleTiles(on: boolean): void {
    this.#tiles?.remove();
    this.#tiles = on ? osmTileLayer(t("osmAttribution")).addTo(this.#map) : null;
  }

  #renderToolbar(state: AppState): void {
    rerender(
      this.#toolbar,
      renderMapToolbar(state, {
        setMode: (mode) => this.store.update({ mode }),
        setLevel: (level) => this.store.update({ level }),
        setTiles: (tiles) => this.store.update({ tiles }),
        showWorld: () => this.#regions.showWorld(),
      }),
    );
  }
}
