import type { ExportRecord } from "./export-record";

/**
 * One incident as an RFC 7946 Feature: a Point with longitude first, the record's other fields
 * as properties. Incidents placed at a city, region or country carry that in `locationPrecision`.
 */
export function toGeoJsonFeature(record: ExportRecord) {
  // A copy loop rather than `{ latitude, longitude, ...properties }`, which V8 runs on a slow path.
  const properties: Record<string, unknown> = {};
  for (const key in record)
    if (key !== "latitude" && key !== "longitude") properties[key] = record[key as keyof ExportRecord];
  return {
    type: "Feature" as const,
    id: record.id,
    geometry: {
      type: "Point" as const,
      coordinates: [record.longitude, record.latitude] as [number, number],
    },
    properties: properties as Omit<ExportRecord, "latitude" | "longitude">,
  };
}
