/**
 * The base map that needs no tile server: the bundled country boundaries, drawn light under
 * everything else. OpenStreetMap tiles are an optional layer above it.
 */
import {
  Canvas,
  GeoJSON,
  type GeoJSONOptions,
  type Map as LeafletMap,
  type PathOptions,
  TileLayer,
} from "leaflet";
import { loadCountries } from "./geo-data";

export async function addBoundariesBase(map: LeafletMap): Promise<void> {
  map.createPane("base").classList.add("pane-base");
  const countries = await loadCountries();
  if (!countries) return;
  // One canvas rather than ~250 SVG paths: nothing here is clicked, and the first paint waits
  // for this drawing. GeoJSON hands its options to each polygon, whose renderer they name
  // (Leaflet's GeoJSONOptions type leaves `renderer` out).
  const options: GeoJSONOptions & PathOptions = {
    pane: "base",
    renderer: new Canvas({ pane: "base" }),
    interactive: false,
    style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
  };
  new GeoJSON(countries, options).addTo(map);
  // Credited once, by the map. As an option it went to every polygon, and each one added
  // rebuilt the attribution's HTML: ~250 times, 3% of the first paint's CPU samples.
  map.attributionControl?.addAttribution("Natural Earth");
  // For the browser benchmark: the first view is drawn once both this and the data are.
  performance.mark("map-base-drawn");
}

export function osmTileLayer(attribution: string): TileLayer {
  return new TileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 19,
    attribution: `<a href="https://www.openstreetmap.org/copyright">${attribution.replace(/[<>&"]/g, "")}</a>`,
  });
}
