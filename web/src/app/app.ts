/**
 * Wires the page: reads the state from the URL, loads the vocabularies, builds the views and
 * keeps each of them in step with every change of state.
 */
import { type ApiProblem, fetchMeta, isAbort } from "../api/client";
import { firstViewShown } from "../api/early";
import { h, replaceChildren } from "../dom/h";
import { detectLanguage, setLanguage, t } from "../i18n/i18n";
import { setMeta } from "../i18n/labels";
import { MapView } from "../map/map-view";
import type { AppState } from "../state/app-state";
import { Store } from "../state/store";
import { parseUrlState } from "../state/url-state";
import { loadChartData, renderCharts, totalOf } from "../views/charts";
import { FilterPanel } from "../views/filter-panel";
import { renderFooter } from "../views/footer";
import { Header } from "../views/header";
import { IncidentView } from "../views/incident-view";
import { ListView } from "../views/list-view";
import { buildShell } from "../views/shell";
import { ViewLinks } from "../views/view-links";
import { followIncidentLinks } from "./incident-links";

/** The longest the list and the place filter wait for the first map before they load anyway. */
const FIRST_VIEW_WAIT_MS = 3000;

export async function startApp(root: HTMLElement): Promise<void> {
  const store = new Store(parseUrlState(window.location.search));
  applyLanguage(store.state);
  const header = new Header(store);
  const shell = buildShell(root, header.element);
  header.update(store.state);

  const meta = await fetchMeta().catch((error: ApiProblem) => {
    const retry = h("button", { type: "button", class: "button" }, t("retry"));
    retry.addEventListener("click", () => window.location.reload());
    replaceChildren(
      shell.fatal,
      h(
        "p",
        {},
        error.status === 0 ? t("apiUnreachable") : t("requestFailed", { detail: error.readableMessage }),
      ),
      retry,
    );
    return null;
  });
  if (!meta) return;
  setMeta(meta);

  const map = new MapView(store, shell.mapPane);
  const list = new ListView(store, shell.listPane);
  const filters = new FilterPanel(store, shell.filters);
  const incident = new IncidentView(store, shell.incidentPane, (lat, lon) => {
    // A phone shows one pane: the map replaces the incident there.
    if (window.matchMedia("(max-width: 47.99rem)").matches) store.update({ view: "map", incident: null });
    map.showPlace(lat, lon);
  });
  const viewLinks = new ViewLinks();
  followIncidentLinks(store, incident);
  shell.skipLink.addEventListener("click", (event) => {
    event.preventDefault();
    store.update({ view: "list", incident: null });
    document.getElementById("list-heading")?.focus();
  });

  let charts: AbortController | null = null;
  const updateCharts = async (state: AppState) => {
    charts?.abort();
    const request = new AbortController();
    charts = request;
    try {
      const data = await loadChartData(state.filters, request.signal);
      renderCharts(list.chartsSlot, data);
      list.setTotal(totalOf(data));
    } catch (error) {
      if (!isAbort(error)) list.setTotal(null);
    }
  };

  const render = (state: AppState, previous: AppState | null) => {
    if (previous && state.lang !== previous.lang) applyLanguage(state);
    document.body.dataset.view = state.view;
    header.update(state);
    if (!previous || state.lang !== previous.lang) {
      shell.translate();
      renderFooter(shell.footer, meta);
      shell.footer.prepend(viewLinks.element);
    }
    viewLinks.update(state, previous);
    filters.update(state, previous);
    list.update(state, previous);
    incident.update(state, previous);
    if (previous) map.update(state, previous);
    // The first charts wait for an idle moment, which a busy page may reach only after the reader
    // has changed the filters: those charts are then loaded already, and the first state is stale.
    if (!previous)
      whenIdle(() => {
        if (!charts) void updateCharts(store.state);
      });
    else if (state.filters !== previous.filters || state.lang !== previous.lang) void updateCharts(state);
  };
  store.subscribe(render);
  // The page is laid out before the map measures its view: a map started first would ask for a
  // view that the layout then changes, and cancel its own first request (seen in the browser
  // bench). The charts' counts, not needed for the first paint, wait for an idle moment.
  render(store.state, null);
  // The list and the place filter wait for the first map (see api/early.ts), but never long.
  const waited = setTimeout(firstViewShown, FIRST_VIEW_WAIT_MS);
  try {
    await map.start();
  } finally {
    clearTimeout(waited);
    firstViewShown();
  }
}

function whenIdle(run: () => void): void {
  if ("requestIdleCallback" in window) window.requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 200);
}

function applyLanguage(state: AppState): void {
  const lang = state.lang ?? detectLanguage(navigator.languages);
  setLanguage(lang);
  document.documentElement.lang = lang;
  document.title = t("appTitle");
}
