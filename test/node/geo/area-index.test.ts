import type { Feature, Geometry, Position } from "geojson";
import { topology } from "topojson-server";
import { describe, expect, it } from "vitest";
import { areaIndex, boundsOf, contains, findContaining } from "../../../worker/domain/geo/area-index";

type Code = { code: string };

/** A closed ring through the corners given, from west-south round. */
const ring = (...corners: Position[]): Position[] => [...corners, corners[0] as Position];
const square = (west: number, south: number, east: number, north: number) =>
  ring([west, south], [east, south], [east, north], [west, north]);

const area = (code: string, geometry: Geometry | null): Feature<Geometry | null, Code> => ({
  type: "Feature",
  properties: { code },
  geometry,
});

const areasOf = (...features: Feature<Geometry | null, Code>[]) =>
  topology({ areas: { type: "FeatureCollection", features } as GeoJSON.FeatureCollection });

describe("a box grown by a margin", () => {
  const box: [number, number, number, number] = [0, 0, 10, 20];

  it("contains its own edges", () => {
    expect(contains(box, 0, 0, 0, 0)).toBe(true);
    expect(contains(box, 10, 20, 0, 0)).toBe(true);
  });

  it("contains a point on the grown edge, and not one past it, on every side", () => {
    expect(contains(box, -2, 5, 2, 1)).toBe(true);
    expect(contains(box, -2.5, 5, 2, 1)).toBe(false);
    expect(contains(box, 12, 5, 2, 1)).toBe(true);
    expect(contains(box, 12.5, 5, 2, 1)).toBe(false);
    expect(contains(box, 5, -1, 2, 1)).toBe(true);
    expect(contains(box, 5, -1.5, 2, 1)).toBe(false);
    expect(contains(box, 5, 21, 2, 1)).toBe(true);
    expect(contains(box, 5, 21.5, 2, 1)).toBe(false);
  });
});

describe("the bounds of positions", () => {
  it("are the least and greatest longitude and latitude", () => {
    expect(
      boundsOf([
        [3, -1],
        [-2, 4],
        [5, 2],
        [1, -3],
      ]),
    ).toEqual([-2, -3, 5, 4]);
  });

  it("are empty, west of east and south of north, for no position", () => {
    expect(boundsOf([])).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
  });
});

describe("the index of an object's areas", () => {
  it("holds each polygon of an area with its box, and the box of them all", () => {
    const islands = {
      type: "MultiPolygon" as const,
      coordinates: [[square(0, 0, 1, 1)], [square(4, -2, 5, -1)], [square(-3, 2, -2, 6)]],
    };
    const index = areaIndex<Code>(areasOf(area("islands", islands)), "areas");
    expect(index).toEqual([
      {
        bbox: [-3, -2, 5, 6],
        properties: { code: "islands" },
        polygons: [
          { bbox: [0, 0, 1, 1], geometry: { type: "Polygon", coordinates: [square(0, 0, 1, 1)] } },
          { bbox: [4, -2, 5, -1], geometry: { type: "Polygon", coordinates: [square(4, -2, 5, -1)] } },
          { bbox: [-3, 2, -2, 6], geometry: { type: "Polygon", coordinates: [square(-3, 2, -2, 6)] } },
        ],
      },
    ]);
  });

  it("boxes a polygon by its outer ring, holes included in the geometry", () => {
    const framed = { type: "Polygon" as const, coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };
    expect(areaIndex<Code>(areasOf(area("framed", framed)), "areas")).toEqual([
      {
        bbox: [0, 0, 10, 10],
        properties: { code: "framed" },
        polygons: [{ bbox: [0, 0, 10, 10], geometry: framed }],
      },
    ]);
  });

  it("leaves out what is not a polygon", () => {
    const index = areaIndex<Code>(
      areasOf(
        area("point", { type: "Point", coordinates: [1, 1] }),
        area("line", {
          type: "LineString",
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        }),
        area("nothing", null),
        area("square", { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }),
      ),
      "areas",
    );
    expect(index?.map((indexed) => indexed.properties.code)).toEqual(["square"]);
  });

  it("is null for an object the topology does not have, or that is not a collection", () => {
    const topology = areasOf(area("square", { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }));
    topology.objects.single = { type: "Polygon", arcs: [[0]] };
    expect(areaIndex(topology, "missing")).toBeNull();
    expect(areaIndex(topology, "single")).toBeNull();
  });

  it("is made once per topology and object", () => {
    const features = [area("square", { type: "Polygon", coordinates: [square(0, 0, 1, 1)] })];
    const topology = areasOf(...features);
    topology.objects.others = topology.objects.areas as (typeof topology.objects)[string];
    const index = areaIndex(topology, "areas");
    expect(areaIndex(topology, "areas")).toBe(index);
    expect(areaIndex(topology, "others")).not.toBe(index);
    expect(areaIndex(topology, "others")).toEqual(index);
    expect(areaIndex(areasOf(...features), "areas")).not.toBe(index);
  });
});

describe("the area containing a point", () => {
  // An L: a point in the notch is inside its box but outside the polygon.
  const corner = ring([0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2]);
  const index = areaIndex<Code>(
    areasOf(
      area("corner", { type: "Polygon", coordinates: [corner] }),
      area("framed", { type: "Polygon", coordinates: [square(10, 0, 20, 10), square(14, 4, 16, 6)] }),
      area("archipelago", {
        type: "MultiPolygon",
        coordinates: [[square(30, 0, 31, 1)], [square(40, 0, 41, 1)]],
      }),
      area("overlapping", { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }),
    ),
    "areas",
  ) as NonNullable<ReturnType<typeof areaIndex<Code>>>;
  const at = (longitude: number, latitude: number) =>
    findContaining(index, longitude, latitude)?.code ?? null;

  it("is the area whose polygon holds it", () => {
    expect(at(0.5, 1.5)).toBe("corner");
    expect(at(12, 2)).toBe("framed");
  });

  it("counts the border as inside", () => {
    expect(at(2, 0.5)).toBe("corner");
    expect(at(10, 10)).toBe("framed");
  });

  it("is none in a notch or a hole, or outside every box", () => {
    expect(at(1.5, 1.5)).toBeNull();
    expect(at(15, 5)).toBeNull();
    expect(at(-1, 1)).toBeNull();
  });

  it("finds a point in any polygon of an area", () => {
    expect(at(30.5, 0.5)).toBe("archipelago");
    expect(at(40.5, 0.5)).toBe("archipelago");
    expect(at(35, 0.5)).toBeNull();
  });

  it("is the first area that holds it", () => {
    expect(at(0.5, 0.5)).toBe("corner");
  });
});
