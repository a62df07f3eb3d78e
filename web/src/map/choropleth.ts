/**
 * Incidents per area: per country, or per subdivision of the selected country (for France,
 * per région or per département). Counts come from `/api/stats` under the current filters,
 * less the place filter itself, so the selected area is shown among its neighbours.
 */
import type { Feature, Geometry } from "geojson";
import { GeoJSON, type Layer, type Map as LeafletMap, type PathOptions } from "leaflet";
import { fetchStats, type StatsDimension } from "../api/client";
import { h } from "../dom/h";
import { countryName } from "../i18n/format";
import { tn } from "../i18n/i18n";
import type { RegionLevel } from "../state/app-state";
import { type Filters, withoutPlace } from "../state/filters";
import { type ChoroplethClass, choroplethClasses, colourForCount } from "./choropleth-scale";
import { type AreaProperties, type Areas, loadCountries, loadSubdivisions } from "./geo-data";

export type AreaKind = "country" | "subdivision";
export type AreaChoice = { kind: AreaKind; code: string; feature: Feature<Geometry, AreaProperties> };

type Plan = {
  kind: AreaKind;
  areas: Areas;
  by: StatsDimension;
  filters: Filters;
  keyOf: (p: AreaProperties) => string;
};

export class Choropleth {
  #layer: GeoJSON | null = null;

  constructor(
    private readonly map: LeafletMap,
    private readonly onChoose: (choice: AreaChoice) => void,
  ) {}

  /** Draws the areas for these filters; resolves to the classes the legend shows. */
  async show(filters: Filters, level: RegionLevel, signal: AbortSignal): Promise<ChoroplethClass[]> {
    const plan = await planFor(filters, level);
    const { groups } = await fetchStats(plan.by, plan.filters, signal);
    const counts = new Map(groups.map((g) => [g.key, g.count]));
    const classes = choroplethClasses(Math.max(0, ...groups.map((g) => g.count)));
    const selected = plan.kind === "country" ? filters.country : filters.subdivision;
    this.hide();
    this.#layer = new GeoJSON(plan.areas, {
      style: (area) => {
        const key = area ? plan.keyOf(area.properties as AreaProperties) : "";
        return areaStyle(colourForCount(counts.get(key) ?? 0, classes), key === selected);
      },
      onEachFeature: (area, layer: Layer) => {
        const properties = area.properties as AreaProperties;
        const code = plan.keyOf(properties);
        const name = plan.kind === "country" ? countryName(code) : (properties.name ?? code);
        layer.bindTooltip(() => h("span", {}, tn("regionTitle", counts.get(code) ?? 0, { name })), {
          sticky: true,
        });
        layer.on("click", () =>
          this.onChoose({ kind: plan.kind, code, feature: area as AreaChoice["feature"] }),
        );
        if (code === selected) layer.on("add", () => (layer as GeoJSON).bringToFront());
      },
    }).addTo(this.map);
    return classes;
  }

  hide(): void {
    this.#layer?.remove();
    this.#layer = null;
  }
}

async function planFor(filters: Filters, level: RegionLevel): Promise<Plan> {
  const country = filters.country;
  if (country) {
    const departements = country === "FR" && level === "departements";
    const object = country === "FR" ? level : "subdivisions";
    const areas = await loadSubdivisions(country, object);
    if (areas) {
      return {
        kind: "subdivision",
        areas,
        by: departements ? "department" : "subdivision",
        filters: { ...withoutPlace(filters), country },
        keyOf: departements ? (p) => `FR-${p.code}` : (p) => p.code,
      };
    }
  }
  const areas = (await loadCountries()) ?? { type: "FeatureCollection", features: [] };
  return { kind: "country", areas, by: "country", filters: withoutPlace(filters), keyOf: (p) => p.code };
}

function areaStyle(fillColor: string, selected: boolean): PathOptions {
  return {
    fillColor,
    fillOpacity: 0.85,
    color: selected ? "#1a1a1a" : "#ffffff",
    weight: selected ? 3 : 0.8,
  };
}
