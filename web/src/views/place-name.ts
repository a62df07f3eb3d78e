/** An incident's place in words: city, département, region and country, names from the bundled boundaries. */
import type { PublicIncident } from "../api/client";
import { countryName } from "../i18n/format";
import { loadSubdivisions } from "../map/geo-data";

type Place = Pick<PublicIncident, "city" | "country" | "subdivision" | "department">;

export function placeText(place: Place, names: { subdivision?: string; department?: string } = {}): string {
  return [place.city, names.department, names.subdivision, place.country ? countryName(place.country) : null]
    .filter(Boolean)
    .join(", ");
}

/** The same text with the region's (and département's) name, once the boundaries are loaded. */
export async function placeTextWithRegions(place: Place): Promise<string> {
  if (!place.country || !place.subdivision) return placeText(place);
  const france = place.country === "FR";
  const [regions, departements] = await Promise.all([
    loadSubdivisions(place.country, france ? "regions" : "subdivisions"),
    france && place.department ? loadSubdivisions("FR", "departements") : Promise.resolve(null),
  ]);
  const subdivision = regions?.features.find((f) => f.properties.code === place.subdivision)?.properties.name;
  const department = departements?.features.find((f) => f.properties.code === place.department)?.properties
    .name;
  return placeText(place, {
    ...(subdivision ? { subdivision } : {}),
    ...(department ? { department: `${department} (${place.department})` } : {}),
  });
}
