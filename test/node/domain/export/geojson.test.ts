import { describe, expect, it } from "vitest";
import { toGeoJsonFeature } from "../../../../worker/domain/export/geojson";
import { exportRecord } from "./export-record";

describe("an incident as a GeoJSON feature", () => {
  it("is a Point, longitude first, identified by the incident's id", () => {
    const feature = toGeoJsonFeature(exportRecord({ id: "fr-2021-x", latitude: 43.71, longitude: -1.05 }));
    expect(feature.type).toBe("Feature");
    expect(feature.id).toBe("fr-2021-x");
    expect(feature.geometry).toEqual({ type: "Point", coordinates: [-1.05, 43.71] });
  });

  it("carries every other field of the record as a property, and not the coordinates", () => {
    const { latitude: _latitude, longitude: _longitude, ...rest } = exportRecord();
    expect(toGeoJsonFeature(exportRecord()).properties).toEqual(rest);
  });
});
