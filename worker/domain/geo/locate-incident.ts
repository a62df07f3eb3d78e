import type { BoundarySource } from "./boundary-source";
import { placeOfCommune } from "./insee-commune";
import { type GeoPoint, locatePoint, type PointLocation } from "./locate";

export type IncidentPlace = { kind: "located"; place: PointLocation } | { kind: "unknown_commune" };

/**
 * Where an incident is: for a commune picked by its INSEE code, that commune's département and
 * région from the official list, whatever side of a border the point fell on; otherwise where
 * its point lies. The point itself is kept as given either way.
 *
 * @example
 * await locateIncident({ latitude: 45.93, longitude: 4.76, inseeCode: "01427" }, source);
 * // { kind: "located", place: { country: "FR", subdivision: "FR-ARA", department: "01" } }
 */
export async function locateIncident(
  incident: GeoPoint & { inseeCode?: string | null },
  source: BoundarySource,
): Promise<IncidentPlace> {
  if (!incident.inseeCode) return { kind: "located", place: await locatePoint(incident, source) };
  const index = await source.communes();
  if (!index) throw new Error("The commune index (geo/locate/FR-communes.json) is not bundled.");
  const place = placeOfCommune(incident.inseeCode, index);
  return place ? { kind: "located", place } : { kind: "unknown_commune" };
}

export const unknownCommuneDetail = "No commune of a French département has this INSEE code.";
