import type { ExportRecord } from "./export-record";

/**
 * One incident as an RFC 7946 Feature: a Point with longitude first, the record's other fields
 * as properties. Incidents placed at a city, region or country carry that in `locationPrecision`.
 */
export function toGeoJsonFeature(record: ExportRecord) {
  const { latitude, longitude, ...properties } = record;
  return {
    type: "Feature" as const,
    id: record.id,
    geometry: { type: "Point" as const, coordinates: [longitude, latitude] as [number, number] },
    properties,
  };
}
