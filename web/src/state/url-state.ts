/**
 * The URL is the state: `parseUrlState(location.search)` restores a view that
 * `serializeUrlState` wrote. Defaults are left out so that a plain link stays plain.
 * @example serializeUrlState({ ...defaultState(), mode: "regions", lang: "fr" }) // "mode=regions&lang=fr"
 */
import { isIncidentId } from "../../../worker/domain/incident-id";
import { type AppState, defaultState, type MapPosition } from "./app-state";
import { filtersFromParams, filtersToParams } from "./filters";

export function parseUrlState(search: string): AppState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  state.filters = filtersFromParams(params);
  state.position = parsePosition(params.get("map"));
  if (params.get("mode") === "regions") state.mode = "regions";
  if (params.get("level") === "departements") state.level = "departements";
  if (params.get("view") === "list") state.view = "list";
  const incident = params.get("incident");
  if (incident && isIncidentId(incident)) state.incident = incident;
  const lang = params.get("lang");
  if (lang === "fr" || lang === "en") state.lang = lang;
  if (params.get("tiles") === "osm") state.tiles = true;
  if (params.get("clusterer") === "markercluster") state.clusterer = "markercluster";
  return state;
}

export function serializeUrlState(state: AppState): string {
  const params = filtersToParams(state.filters);
  if (state.position) params.set("map", formatPosition(state.position));
  if (state.mode !== "markers") params.set("mode", state.mode);
  if (state.level !== "regions") params.set("level", state.level);
  if (state.view !== "map") params.set("view", state.view);
  if (state.incident) params.set("incident", state.incident);
  if (state.lang) params.set("lang", state.lang);
  if (state.tiles) params.set("tiles", "osm");
  if (state.clusterer !== "supercluster") params.set("clusterer", state.clusterer);
  // "/" and "," may stand unescaped in a query (RFC 3986 §3.4): `map=5/46.6/2.5` reads better.
  return params.toString().replace(/%2F/gi, "/").replace(/%2C/gi, ",");
}

/** Positions are written to 5 decimals (about a metre), as OpenStreetMap's `map=zoom/lat/lon`. */
export function roundPosition(position: MapPosition): MapPosition {
  const round = (value: number) => Math.round(value * 1e5) / 1e5 || 0;
  return { zoom: Math.round(position.zoom), lat: round(position.lat), lon: round(position.lon) };
}

function formatPosition(position: MapPosition): string {
  const { zoom, lat, lon } = roundPosition(position);
  return `${zoom}/${lat}/${lon}`;
}

function parsePosition(value: string | null): MapPosition | null {
  const match = value ? /^(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(value) : null;
  if (!match) return null;
  const [zoom, lat, lon] = match.slice(1).map(Number) as [number, number, number];
  if (zoom > 18 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return roundPosition({ zoom, lat, lon });
}
