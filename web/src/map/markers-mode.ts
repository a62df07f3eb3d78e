/** The markers mode's parts: popups that link into the page, the chosen clusterer, grid cells. */
import type { Map as LeafletMap } from "leaflet";
import { countryName } from "../i18n/format";
import { t, tn } from "../i18n/i18n";
import { labelOf } from "../i18n/labels";
import { withoutPlace } from "../state/filters";
import type { Store } from "../state/store";
import { CellsLayer } from "./cells-layer";
import { loadClusterer } from "./clusterer";
import { IncidentLayer } from "./incident-layer";
import type { MapStatus } from "./map-status";
import { createPopupContent } from "./popups";
import { RegionalLayer } from "./regional-layer";

/** `settled` is called each time the layer has drawn data or reported a failure. */
export async function createMarkersMode(
  map: LeafletMap,
  store: Store,
  status: MapStatus,
  settled: () => void,
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
  const regional = new RegionalLayer(
    map,
    ([code, n]) => tn("regionalTitle", n, { name: regionName(code) }),
    (code) => {
      const country = code.slice(0, 2);
      const subdivision = code.length > 2 ? { subdivision: code } : {};
      store.update({ filters: { ...withoutPlace(store.state.filters), country, ...subdivision } });
    },
  );
  return new IncidentLayer(map, clusterer, cells, regional, {
    loading: (busy) => status.loading(busy),
    loaded: (n, regional) => {
      status.count(n, regional);
      settled();
    },
    failed: (problem) => {
      status.failed(problem);
      settled();
    },
  });
}

/** "France", or "FR-BRE, France" for a subdivision (its name would need its boundaries loaded). */
function regionName(code: string): string {
  if (!code) return t("unknown");
  const country = countryName(code.slice(0, 2));
  return code.length > 2 ? `${code}, ${country}` : country;
}
