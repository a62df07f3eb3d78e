/**
 * The regions mode's behaviour: draw the choropleth for the state, cancel a superseded request,
 * and turn a click on an area into a place filter (zooming to a chosen country).
 */
import type { Map as LeafletMap } from "leaflet";
import { type ApiProblem, isAbort } from "../api/client";
import { language } from "../i18n/i18n";
import { metaEntriesOf } from "../i18n/labels";
import { withoutPlace } from "../state/filters";
import type { Store } from "../state/store";
import { Choropleth } from "./choropleth";
import { legendEntries } from "./colours";
import { mainBounds } from "./geo-data";
import type { Legend } from "./legend";
import type { MapStatus } from "./map-status";

export type RegionsController = { show(): Promise<void>; hide(): void; showWorld(): void };

export function regionsController(
  map: LeafletMap,
  store: Store,
  status: MapStatus,
  legend: Legend,
): RegionsController {
  let request: AbortController | null = null;
  const choropleth = new Choropleth(map, (choice) => {
    const filters = withoutPlace(store.state.filters);
    if (choice.kind === "country") {
      store.update({ filters: { ...filters, country: choice.code } });
      const bounds = mainBounds(choice.feature);
      if (bounds) map.fitBounds(bounds, { maxZoom: 7 });
    } else {
      const country = store.state.filters.country ?? choice.code.slice(0, 2);
      store.update({ filters: { ...filters, country, subdivision: choice.code } });
    }
  });

  return {
    async show() {
      request?.abort();
      const current = new AbortController();
      request = current;
      status.loading(true);
      try {
        legend.showClasses(await choropleth.show(store.state.filters, store.state.level, current.signal));
        status.count(null);
      } catch (error) {
        if (!isAbort(error)) status.failed(error as ApiProblem);
      } finally {
        status.loading(false);
      }
    },
    hide() {
      request?.abort();
      choropleth.hide();
    },
    showWorld() {
      store.update({ filters: withoutPlace(store.state.filters) });
      map.setZoom(Math.min(map.getZoom(), 2));
    },
  };
}

export function showLegendFor(legend: Legend): void {
  legend.showAttackTypes(legendEntries(metaEntriesOf("attackType"), language()));
}
