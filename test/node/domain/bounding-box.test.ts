import { describe, expect, it } from "vitest";
import { formatBoundingBox, parseBoundingBox } from "../../../worker/domain/bounding-box";

describe("bbox", () => {
  it("reads west,south,east,north", () => {
    expect(parseBoundingBox("-5.5,41,9.6,51.2")).toEqual({ west: -5.5, south: 41, east: 9.6, north: 51.2 });
  });

  it("takes the limits themselves: ±180 and ±90, and south = north", () => {
    expect(parseBoundingBox("-180,-90,180,90")).toEqual({ west: -180, south: -90, east: 180, north: 90 });
    expect(parseBoundingBox("10,45,10,45")).toEqual({ west: 10, south: 45, east: 10, north: 45 });
  });

  it("keeps a box whose west is east of its east: it crosses the antimeridian", () => {
    expect(parseBoundingBox("170,-20,-170,-10")).toEqual({ west: 170, south: -20, east: -170, north: -10 });
  });

  it.each([
    ["-180.0001,0,10,10", "west past -180"],
    ["0,0,180.0001,10", "east past 180"],
    ["0,-90.0001,10,10", "south past -90"],
    ["0,0,10,90.0001", "north past 90"],
    ["0,10,10,5", "south above north"],
    ["0,0,10", "three numbers"],
    ["0,0,10,10,5", "five numbers"],
    ["0,,10,10", "an empty part"],
    ["0, ,10,10", "a blank part"],
    ["0,0,10,Infinity", "an infinite number"],
    ["0,0,10,abc", "a word"],
    ["", "nothing"],
  ])("refuses %s (%s)", (value) => {
    expect(parseBoundingBox(value)).toBeNull();
  });

  it("writes it back to 5 decimals, without trailing zeros", () => {
    expect(formatBoundingBox({ west: -5.123456789, south: 41, east: 9.6, north: 51.200004 })).toBe(
      "-5.12346,41,9.6,51.2",
    );
  });
});
