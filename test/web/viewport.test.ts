import { describe, expect, it } from "vitest";
import {
  containsBbox,
  type LoadedArea,
  needsFetch,
  padBbox,
  unionBbox,
  zoomOutRequestBbox,
} from "../../web/src/map/viewport";

const view = { west: 0, south: 40, east: 10, north: 50 };

describe("which map data to load", () => {
  it("asks for the view grown by half its size, within the world", () => {
    expect(padBbox(view)).toEqual({ west: -2.5, south: 37.5, east: 12.5, north: 52.5 });
    expect(padBbox({ west: -170, south: -80, east: 170, north: 80 })).toEqual({
      west: -180,
      south: -90,
      east: 180,
      north: 90,
    });
  });

  it("joins boxes into the smallest box that holds each of them", () => {
    const south = { west: 0, south: 30, east: 10, north: 40 };
    const east = { west: 10, south: 40, east: 20, north: 50 };
    expect(unionBbox(view)).toEqual(view);
    expect(unionBbox(view, south, east)).toEqual({ west: 0, south: 30, east: 20, north: 50 });
    expect(containsBbox(unionBbox(padBbox(view), south), south)).toBe(true);
  });

  it("asks for the view one level out with the pans next to it, within the world", () => {
    // Near Sydney at zoom 4: the eastern pan reaches past the antimeridian.
    const own = { west: 73.1, south: -81.9, east: 180, north: 32.2 };
    const east = { west: 179.3, south: -50.1, east: 229.2, north: -13.5 };
    const north = { west: 123.1, south: -13.5, east: 179.3, north: 25.6 };
    expect(zoomOutRequestBbox(own, [east, north])).toEqual({
      west: 73.1,
      south: -81.9,
      east: 180,
      north: 32.2,
    });
    const inside = { west: 100, south: -40, east: 120, north: 40 };
    expect(zoomOutRequestBbox(own, [inside])).toEqual({ ...own, north: 40 });
  });

  const loaded = (mode: "points" | "cells"): LoadedArea => ({
    bbox: padBbox(view),
    zoom: 6,
    mode,
    key: "type=ddos",
  });

  it("does not refetch points while the view stays inside them, at any zoom from 5", () => {
    expect(needsFetch(loaded("points"), { west: 1, south: 41, east: 9, north: 49 }, 8, "type=ddos")).toBe(
      false,
    );
    expect(needsFetch(loaded("points"), view, 5, "type=ddos")).toBe(false);
  });

  it("refetches points across zoom 5, where the regional counts change from countries to subdivisions", () => {
    expect(needsFetch(loaded("points"), view, 4, "type=ddos")).toBe(true);
    const wide = { ...loaded("points"), zoom: 4 };
    expect(needsFetch(wide, view, 3, "type=ddos")).toBe(false);
    expect(needsFetch(wide, view, 5, "type=ddos")).toBe(true);
  });

  it("refetches cells when the zoom changes, since they were made for one zoom", () => {
    expect(needsFetch(loaded("cells"), view, 6, "type=ddos")).toBe(false);
    expect(needsFetch(loaded("cells"), view, 7, "type=ddos")).toBe(true);
  });

  it("refetches when the view leaves the loaded box, or the filters change, or nothing is loaded", () => {
    expect(needsFetch(loaded("points"), { west: 5, south: 40, east: 15, north: 50 }, 6, "type=ddos")).toBe(
      true,
    );
    expect(needsFetch(loaded("points"), view, 6, "type=phishing")).toBe(true);
    expect(needsFetch(null, view, 6, "")).toBe(true);
  });

  it("treats a view wider than the world as the whole world", () => {
    const world = { west: -180, south: -90, east: 180, north: 90 };
    expect(containsBbox(world, { west: -250, south: -95, east: 250, north: 95 })).toBe(true);
  });
});
