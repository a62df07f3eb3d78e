import { describe, expect, it } from "vitest";
import { boundingBox, partialDate } from "../../../worker/api/query-params";

describe("partialDate", () => {
  it.each([
    ["2021", "start", "2021-01-01"],
    ["2021", "end", "2021-12-31"],
    ["2024-02", "end", "2024-02-29"],
    ["2023-02", "end", "2023-02-28"],
    ["2021-06-15", "end", "2021-06-15"],
  ] as const)("widens %s to the %s of the period: %s", (input, bound, expected) => {
    expect(partialDate(bound).parse(input)).toBe(expected);
  });

  it.each(["21", "2021-00", "2021-13", "2021-02-29", "2021-1-1", "yesterday"])("refuses %s", (input) => {
    expect(partialDate("start").safeParse(input).success).toBe(false);
  });
});

describe("boundingBox", () => {
  it("reads west,south,east,north", () => {
    expect(boundingBox.parse("-5.5,41,9.6,51.2")).toEqual({ west: -5.5, south: 41, east: 9.6, north: 51.2 });
  });

  it("accepts a box across the antimeridian", () => {
    expect(boundingBox.parse("170,-50,-170,-30")).toEqual({ west: 170, south: -50, east: -170, north: -30 });
  });

  it.each(["1,2,3", "1,2,3,4,5", "a,b,c,d", "0,10,10,5", "0,-91,10,0", "-181,0,0,10", "0,,1,2"])(
    "refuses %s",
    (input) => {
      expect(boundingBox.safeParse(input).success).toBe(false);
    },
  );
});
