import { describe, expect, it } from "vitest";
import { choroplethClasses, colourForCount, ZERO_COLOUR } from "../../web/src/map/choropleth-scale";
import { mainBounds, unwrapRing } from "../../web/src/map/geo-data";

describe("choropleth classes", () => {
  it.each([1, 3, 5, 8, 23, 100_000])("cover 1 to %i without gap or overlap, zero apart", (max) => {
    const [zero, ...classes] = choroplethClasses(max);
    expect(zero).toMatchObject({ min: 0, max: 0, colour: ZERO_COLOUR });
    expect(classes[0]?.min).toBe(1);
    expect(classes.at(-1)?.max).toBe(max);
    for (const [i, c] of classes.entries()) if (i > 0) expect(c.min).toBe((classes[i - 1]?.max ?? 0) + 1);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
    expect(classes.length).toBeLessThanOrEqual(5);
  });

  it("colour a count by its class, and zero apart from the scale", () => {
    const classes = choroplethClasses(23);
    expect(colourForCount(0, classes)).toBe(ZERO_COLOUR);
    expect(colourForCount(23, classes)).toBe(classes.at(-1)?.colour);
    expect(colourForCount(1, classes)).toBe(classes[1]?.colour);
  });
});

describe("boundaries on a flat map", () => {
  it("make a ring that crosses the antimeridian continuous", () => {
    expect(
      unwrapRing([
        [179, 65],
        [-179, 66],
        [-178, 64],
        [179, 65],
      ]),
    ).toEqual([
      [179, 65],
      [181, 66],
      [182, 64],
      [179, 65],
    ]);
  });

  it("frame a country by its largest polygon, not by its overseas parts", () => {
    const france = {
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "MultiPolygon" as const,
        coordinates: [
          [
            [
              [-5, 42],
              [8, 42],
              [8, 51],
              [-5, 51],
              [-5, 42],
            ],
          ],
          [
            [
              [55.2, -21.4],
              [55.8, -21.4],
              [55.8, -20.9],
              [55.2, -21.4],
            ],
          ],
        ],
      },
    };
    expect(mainBounds(france)).toEqual([
      [42, -5],
      [51, 8],
    ]);
  });
});
