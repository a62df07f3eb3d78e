/**
 * Where the incident happened, and how the contributor said so. The location precision of the
 * record follows from how the place was chosen, never from a separate question.
 */
import type { IncidentInput } from "../../../../worker/domain/incident-input";
import type { GazetteerKind } from "./gazetteer-format";

export type LocationPrecision = IncidentInput["locationPrecision"];

export type PlaceChoice = {
  /** `map`: a click on the map; otherwise the kind of gazetteer place picked. */
  how: "map" | GazetteerKind;
  latitude: number;
  longitude: number;
  /** What the contributor saw: "Dax (40088)", "Landes", "France"; empty for a map click. */
  label: string;
  /** The commune's name, which becomes the record's city. */
  city: string | null;
  /** The commune's INSEE code: the server takes its département and région from it. */
  inseeCode: string | null;
};

const precisions: Record<PlaceChoice["how"], LocationPrecision> = {
  map: "exact",
  m: "city",
  s: "subdivision",
  c: "country",
};

/** @example precisionOf({ how: "m", … }) // "city" */
export function precisionOf(choice: Pick<PlaceChoice, "how">): LocationPrecision {
  return precisions[choice.how];
}

/** The place of an incident being corrected, as if the contributor had picked it that way. */
export function choiceFromRecord(record: {
  latitude: number;
  longitude: number;
  locationPrecision: LocationPrecision;
  city: string | null;
  inseeCode?: string | null;
}): PlaceChoice {
  const how = (Object.keys(precisions) as PlaceChoice["how"][]).find(
    (key) => precisions[key] === record.locationPrecision,
  );
  return {
    how: how ?? "map",
    latitude: record.latitude,
    longitude: record.longitude,
    label: record.city ?? "",
    city: record.city,
    inseeCode: record.inseeCode ?? null,
  };
}
