import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { topology } from "topojson-server";
import { describe, expect, it } from "vitest";
import { type AreaIndex, areaIndex } from "../../../worker/domain/geo/area-index";
import { findNearest } from "../../../worker/domain/geo/nearest-area";

type Code = { code: string };

// On the equator a degree of longitude is as long as one of latitude: 111.32 km in this model.
const KM_PER_DEGREE = 111.32;

const square = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

function indexOf(areas: Record<string, Position[][][]>): AreaIndex<Code> {
  const features = Object.entries(areas).map(
    ([code, polygons]): Feature<Polygon | MultiPolygon, Code> => ({
      type: "Feature",
      properties: { code },
      geometry:
        polygons.length === 1
          ? { type: "Polygon", coordinates: polygons[0] as Position[][] }
          : { type: "MultiPolygon", coordinates: polygons },
    }),
  );
  const areasCollection: FeatureCollection = { type: "FeatureCollection", features };
  return areaIndex<Code>(topology({ areas: areasCollection }), "areas") ?? [];
}

describe("the area nearest a point", () => {
  const east = indexOf({ east: [[square(1, -0.5, 2, 0.5)]] });

  it("is measured at right angles to the nearest edge", () => {
    expect(findNearest(east, 0, 0, 200)).toEqual({ properties: { code: "east" }, km: KM_PER_DEGREE });
    const offCentre = indexOf({ east: [[square(1, -0.25, 2, 0.75)]] });
    expect(findNearest(offCentre, 0, 0, 200)).toEqual({ properties: { code: "east" }, km: KM_PER_DEGREE });
  });

  it("is found at exactly the greatest distance, and not a metre beyond it", () => {
    expect(findNearest(east, 0, 0, KM_PER_DEGREE)?.km).toBe(KM_PER_DEGREE);
    expect(findNearest(east, 0, 0, KM_PER_DEGREE - 0.001)).toBeNull();
  });

  it("is measured to a corner when no edge passes level with the point", () => {
    const northEast = indexOf({ "north-east": [[square(1, 1, 2, 2)]] });
    expect(findNearest(northEast, 0, 0, 200)?.km).toBeCloseTo(157.4303, 4);
    expect(findNearest(northEast, 3, 0, 200)?.km).toBeCloseTo(157.4303, 4);
  });

  it("is measured from inside the area too, to its outline", () => {
    expect(findNearest(east, 1.25, 0, 200)?.km).toBeCloseTo(KM_PER_DEGREE / 4, 9);
  });

  it("counts a degree of longitude shorter away from the equator, a degree of latitude the same", () => {
    const nordic = indexOf({ side: [[square(1, 59.5, 2, 60.5)]], above: [[square(-0.5, 61, 0.5, 62)]] });
    expect(findNearest(nordic, 0, 60, 100)).toEqual({
      properties: { code: "side" },
      km: expect.closeTo(55.66, 9),
    });
    expect(findNearest(nordic, -0.25, 60.9, 200)?.km).toBeCloseTo(KM_PER_DEGREE / 10, 9);
  });

  it("reaches as far in longitude as the distance allows near a pole, where a degree is short", () => {
    // At 89.9° N a degree of longitude is 0.194 km: the edge at 10° E is 1.94 km from the meridian.
    const polar = indexOf({ polar: [[square(10, 89.8, 20, 89.95)]] });
    expect(findNearest(polar, 0, 89.9, 12)?.km).toBeCloseTo(1.9429, 4);
    expect(findNearest(polar, 0, 89.9, 1.9)).toBeNull();
  });

  it("is the nearest of several areas, in whatever order the index holds them", () => {
    const near = [[square(0.5, -0.5, 1.5, 0.5)]];
    const far = [[square(-2, -0.5, -1, 0.5)]];
    expect(findNearest(indexOf({ far, near }), 0, 0, 200)).toEqual({
      properties: { code: "near" },
      km: KM_PER_DEGREE / 2,
    });
    expect(findNearest(indexOf({ near, far }), 0, 0, 200)).toEqual({
      properties: { code: "near" },
      km: KM_PER_DEGREE / 2,
    });
  });

  it("looks at every polygon of an area", () => {
    const islands = indexOf({ islands: [[square(3, -0.5, 4, 0.5)], [square(0.5, -0.5, 1.5, 0.5)]] });
    expect(findNearest(islands, 0, 0, 200)).toEqual({
      properties: { code: "islands" },
      km: KM_PER_DEGREE / 2,
    });
  });

  it("is none when every area is farther than the greatest distance", () => {
    expect(findNearest(east, -1, 0, 200)).toBeNull();
    expect(findNearest(east, 0, 2.5, 200)).toBeNull();
    expect(findNearest(indexOf({}), 0, 0, 200)).toBeNull();
  });

  it("measures every segment of a long outline", () => {
    // A strip whose south edge has 64 segments, every 0.01°: more than one chunk of the outline.
    const south = Array.from({ length: 65 }, (_, i): Position => [i / 100, 0]);
    const strip = indexOf({ strip: [[[...south, [0.64, 0.1], [0, 0.1], [0, 0]]]] });
    for (const longitude of [0.005, 0.315, 0.325, 0.635])
      expect(findNearest(strip, longitude, -0.01, 5)?.km, `${longitude}`).toBeCloseTo(KM_PER_DEGREE / 100, 9);
  });

  it("skips a repeated vertex", () => {
    const repeated = indexOf({
      repeated: [
        [
          [
            [1, 0],
            [1, 0],
            [2, 0],
            [2, 1],
            [1, 1],
            [1, 0],
          ],
        ],
      ],
    });
    expect(findNearest(repeated, 0, 0, 200)?.km).toBe(KM_PER_DEGREE);
  });
});
