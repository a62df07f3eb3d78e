/**
 * The base map that needs no tile server: the bundled country boundaries, drawn light under
 * everything else. OpenStreetMap tiles are an optional layer above it.
 */
import { GeoJSON, type Map as LeafletMap, TileLayer } from "leaflet";
import { loadCountries } from "./geo-data";

export async function addBoundariesBase(map: LeafletMap): Promise<void> {
  map.createPane("base").classList.add("pane-base");
  const countries = await loadCountries();
  if (!countries) return;
  new GeoJSON(countries, {
    pane: "base",
    interactive: false,
    style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    attribution: "Natural Earth",
  }).addTo(map);
}

export function osmTileLayer(attribution: string): TileLayer {
  return new TileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 19,
    attribution: `<a href="https://www.openstreetmap.org/copyright">${attribution.replace(/[<>&"]/g, "")}</a>`,
  });
}
