import { describe, expect, it } from "vitest";
import type { MapResponse } from "../../web/src/api/client";
import { type Loaded, MapDataCache } from "../../web/src/map/map-data-cache";
import { requestBbox, WORLD } from "../../web/src/map/viewport";

const answer = (version = 1, mode: "points" | "cells" = "points"): MapResponse =>
  mode === "points"
    ? { version, mode, total: 0, points: [], regions: [] }
    : { version, mode, total: 0, cellSize: 22.5, cells: [], regions: [] };

const entry = (west: number, zoom: number, mode: "points" | "cells" = "points", version = 1): Loaded => ({
  area: { bbox: { west, south: 40, east: west + 10, north: 50 }, zoom, mode, key: "" },
  data: answer(version, mode),
});

const view = (west: number) => ({ west, south: 42, east: west + 5, north: 48 });

describe("the map data cache", () => {
  it("finds an answer whose box holds the view: points at any zoom, cells at their own zoom only", () => {
    const cache = new MapDataCache();
    const points = entry(0, 6);
    const cells = entry(20, 6, "cells");
    cache.add(points);
    cache.add(cells);
    expect(cache.find(view(1), 9, "")).toBe(points);
    expect(cache.find(view(21), 6, "")).toBe(cells);
    expect(cache.find(view(21), 7, "")).toBeNull();
    expect(cache.find(view(6), 6, "")).toBeNull(); // 6–11 reaches past the box's east edge at 10
    expect(cache.find(view(1), 6, "type=ddos")).toBeNull();
  });

  it("keeps the most recently used answers up to its capacity, and no more", () => {
    const cache = new MapDataCache(2);
    const [a, b, c] = [entry(0, 6), entry(20, 6), entry(40, 6)];
    cache.add(a);
    cache.add(b);
    expect(cache.find(view(1), 6, "")).toBe(a); // a is now the most recent
    cache.add(c);
    expect(cache.size).toBe(2);
    expect(cache.find(view(21), 6, "")).toBeNull();
    expect(cache.find(view(1), 6, "")).toBe(a);
    expect(cache.find(view(41), 6, "")).toBe(c);
  });

  it("forgets every answer of an older dataset version when a newer one arrives", () => {
    const cache = new MapDataCache();
    cache.add(entry(0, 6, "points", 1));
    cache.add(entry(20, 6, "points", 2));
    expect(cache.size).toBe(1);
    expect(cache.find(view(1), 6, "")).toBeNull();
  });
});

describe("the box asked for", () => {
  it("is the whole world up to zoom 2, whatever the window, so the first view's URL is fixed", () => {
    expect(requestBbox(view(0), 2)).toEqual(WORLD);
    expect(requestBbox(view(0), 1)).toEqual(WORLD);
    expect(requestBbox(view(0), 3)).toEqual({ west: -1.25, south: 40.5, east: 6.25, north: 49.5 });
  });
});
