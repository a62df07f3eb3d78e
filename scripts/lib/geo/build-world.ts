import countries from "i18n-iso-countries";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type Areal, combine, groupBy, isAreal, polygonStartLongitude, withObjects } from "./topology-tools";

/**
 * Natural Earth units that world-atlas leaves without an ISO 3166 numeric id, and the alpha-2
 * code we file them under (null: left out, so a point there has no country).
 */
const UNITS_WITHOUT_ID: Record<string, string | null> = {
  Kosovo: "XK", // user-assigned code, used by the EU and known to i18n-iso-countries
  "N. Cyprus": "CY", // ISO 3166 counts it within Cyprus
  Somaliland: "SO", // ISO 3166 counts it within Somalia
  "Siachen Glacier": null, // disputed between India and Pakistan; uninhabited
};

/** Christmas Island (105.7°E) and the Cocos (Keeling) Islands (96.8°E): two ISO countries in one unit. */
const INDIAN_OCEAN_TERRITORIES = "Indian Ocean Ter.";

interface CodedPart {
  code: string;
  geometry: Areal;
}

/**
 * Rewrites a world-atlas countries topology so that each geometry is one country with
 * properties `{ code }` (ISO 3166-1 alpha-2), one geometry per code, `land` dropped.
 * Throws on an id or unit it does not know, so a new world-atlas release is looked at.
 */
export function buildWorld(source: Topology): { topology: Topology; codes: string[] } {
  const collection = source.objects.countries as GeometryCollection<{ name?: string }>;
  const parts = collection.geometries.filter(isAreal).flatMap((geometry) => codeParts(source, geometry));
  const groups = [...groupBy(parts, (part) => part.code)].sort(([a], [b]) => a.localeCompare(b));
  const geometries = groups.map(([code, group]) =>
    combine(
      source,
      group.map((part) => part.geometry),
      { code },
    ),
  );
  const topology = withObjects(source, { countries: { type: "GeometryCollection", geometries } });
  return { topology, codes: groups.map(([code]) => code) };
}

function codeParts(source: Topology, geometry: Areal & { properties?: { name?: string } }): CodedPart[] {
  const name = geometry.properties?.name ?? "";
  const bare: Areal = { type: geometry.type, arcs: geometry.arcs } as Areal;
  if (geometry.id !== undefined) {
    const code = countries.numericToAlpha2(String(geometry.id));
    if (!code) throw new Error(`world-atlas id ${geometry.id} (${name}) has no ISO alpha-2 code`);
    return [{ code, geometry: bare }];
  }
  if (name === INDIAN_OCEAN_TERRITORIES && geometry.type === "MultiPolygon") {
    return geometry.arcs.map((rings) => ({
      code: polygonStartLongitude(source, rings) > 100 ? "CX" : "CC",
      geometry: { type: "Polygon", arcs: rings },
    }));
  }
  if (!(name in UNITS_WITHOUT_ID)) throw new Error(`world-atlas unit without id not handled: ${name}`);
  const code = UNITS_WITHOUT_ID[name];
  return code ? [{ code, geometry: bare }] : [];
}
