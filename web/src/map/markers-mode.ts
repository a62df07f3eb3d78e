/** The markers mode's parts: popups that link into the page, the chosen clusterer, grid cells. */
import type { Map as LeafletMap } from "leaflet";
import { t, tn } from "../i18n/i18n";
import { labelOf } from "../i18n/labels";
import type { Store } from "../state/store";
import { CellsLayer } from "./cells-layer";
import { loadClusterer } from "./clusterer";
import { IncidentLayer } from "./incident-layer";
import type { MapStatus } from "./map-status";
import { createPopupContent } from "./popups";

export async function createMarkersMode(
  map: LeafletMap,
  store: Store,
  status: MapStatus,
): Promise<IncidentLayer> {
  const popups = createPopupContent({
    incidentHref: (id) => store.href({ incident: id }),
    filters: () => store.state.filters,
  });
  const clusterer = await loadClusterer(store.state.clusterer, {
    map,
    popups,
    clusterTitle: (n) => tn("clusterTitle", n),
  });
  const cells = new CellsLayer(map, ([, , n, type]) =>
    t("cellTitle", { n, type: labelOf("attackType", type) }),
  );
  return new IncidentLayer(map, clusterer, cells, {
    loading: (busy) => status.loading(busy),
    loaded: (n) => status.count(n),
    failed: (problem) => status.failed(problem),
  });
}
