import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { loadMapData } from "../../../worker/db/map-queries";
import type { MapData } from "../../../worker/domain/map-data";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson } from "../request";

const regional = (tag: string, overrides: Parameters<typeof incidentInput>[1] = {}) =>
  incidentInput(tag, { ...places.lyon, city: null, locationPrecision: "subdivision", ...overrides });

describe("GET /api/map: incidents located only to a region", () => {
  it("counts them once per region and never sends them as points", async () => {
    const tag = freshTag();
    const [exact, city] = await createIncidents(
      incidentInput(tag, { ...places.lyon, locationPrecision: "exact" }),
      incidentInput(tag, { ...places.bordeaux, locationPrecision: "city" }),
      regional(tag),
      regional(tag),
      regional(tag),
      incidentInput(tag, { ...places.berlin, city: null, locationPrecision: "country" }),
    );
    const map = await getJson<MapData>(`/api/map?q=${tag}&zoom=5`);
    expect(map.mode).toBe("points");
    if (map.mode !== "points") return;
    expect(map.points.map((p) => p[0]).sort()).toEqual([exact?.id, city?.id].sort());
    expect(map.total).toBe(2);
    expect([...map.regions].sort()).toEqual([
      ["DE", 1, 52.52, 13.405],
      ["FR-ARA", 3, 45.764, 4.8357],
    ]);
  });

  it("leaves them out of the point limit and out of the cells", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag),
      incidentInput(tag, { ...places.berlin }),
      ...Array.from({ length: 5 }, () => regional(tag)),
    );
    const atLimit = await loadMapData(getDb(env), { q: tag }, 5, 2);
    expect(atLimit).toMatchObject({ mode: "points", total: 2, regions: [["FR-ARA", 5, 45.764, 4.8357]] });
    const pastLimit = await loadMapData(getDb(env), { q: tag }, 5, 1);
    expect(pastLimit.mode).toBe("cells");
    if (pastLimit.mode !== "cells") return;
    expect(pastLimit.total).toBe(2);
    expect(pastLimit.cells.reduce((sum, cell) => sum + cell[2], 0)).toBe(2);
    expect(pastLimit.regions).toEqual([["FR-ARA", 5, 45.764, 4.8357]]);
  });

  it("filters them like every other incident, by the view's box too", async () => {
    const tag = freshTag();
    await createIncidents(
      regional(tag, { attackTypes: ["ddos"] }),
      regional(tag, { attackTypes: ["ransomware"] }),
      regional(tag, { ...places.newYork, city: null, attackTypes: ["ddos"] }),
    );
    const ddos = await getJson<MapData>(`/api/map?q=${tag}&type=ddos&zoom=5`);
    expect([...ddos.regions].sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ["FR-ARA", 1, 45.764, 4.8357],
      ["US-NY", 1, 40.7128, -74.006],
    ]);
    const europe = await getJson<MapData>(`/api/map?q=${tag}&bbox=-10,35,30,60&zoom=5`);
    expect(europe.regions).toEqual([["FR-ARA", 2, 45.764, 4.8357]]);
    expect(europe.total).toBe(0);
  });

  it("counts them per country below zoom 5, where a subdivision is narrower than its badge", async () => {
    const tag = freshTag();
    await createIncidents(
      regional(tag),
      regional(tag),
      regional(tag, { ...places.bordeaux, city: null }),
      regional(tag, { ...places.newYork, city: null }),
    );
    const world = await getJson<MapData>(`/api/map?q=${tag}&zoom=4`);
    // No incident is located to France itself: its badge sits at its regions' weighted mean.
    const mean = (lyon: number, bordeaux: number) => round4((2 * lyon + bordeaux) / 3);
    expect([...world.regions].sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      [
        "FR",
        3,
        mean(places.lyon.latitude, places.bordeaux.latitude),
        mean(places.lyon.longitude, places.bordeaux.longitude),
      ],
      ["US", 1, places.newYork.latitude, places.newYork.longitude],
    ]);
    const detailed = await getJson<MapData>(`/api/map?q=${tag}&zoom=5`);
    expect(detailed.regions.map(([code, count]) => [code, count]).sort()).toEqual([
      ["FR-ARA", 2],
      ["FR-NAQ", 1],
      ["US-NY", 1],
    ]);
  });

  it("places a country's badge at the incidents located to the country itself when there are any", async () => {
    const tag = freshTag();
    await createIncidents(
      regional(tag),
      regional(tag, { ...places.rennes, city: null, locationPrecision: "country" }),
    );
    const world = await getJson<MapData>(`/api/map?q=${tag}&zoom=2`);
    expect(world.regions).toEqual([["FR", 2, places.rennes.latitude, places.rennes.longitude]]);
  });
});

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
