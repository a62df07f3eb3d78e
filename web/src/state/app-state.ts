/** Everything a link reproduces: filters, map position and mode, open incident, language, view. */
import { emptyFilters, type Filters } from "./filters";

export type Language = "fr" | "en";
export type MapMode = "markers" | "regions";
/** For France, regions can be drawn as régions or as départements. */
export type RegionLevel = "regions" | "departements";
/** Which pane a narrow screen shows; a wide one shows both. */
export type View = "map" | "list";
export type ClustererName = "supercluster" | "markercluster";
export type MapPosition = { lat: number; lon: number; zoom: number };

export type AppState = {
  filters: Filters;
  /** null until the map has a position of its own: the default view then applies. */
  position: MapPosition | null;
  mode: MapMode;
  level: RegionLevel;
  incident: string | null;
  /** null follows the browser's language. */
  lang: Language | null;
  view: View;
  /** The optional OpenStreetMap tile layer under the bundled boundaries. */
  tiles: boolean;
  clusterer: ClustererName;
};

export function defaultState(): AppState {
  return {
    filters: emptyFilters(),
    position: null,
    mode: "markers",
    level: "regions",
    incident: null,
    lang: null,
    view: "map",
    tiles: false,
    clusterer: "supercluster",
  };
}
