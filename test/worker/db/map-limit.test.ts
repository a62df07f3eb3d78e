import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { cellSizeForZoom, loadMapData, MAX_MAP_POINTS } from "../../../worker/db/map-queries";
import { createIncidents, freshTag, incidentInput, places } from "../factories";

describe("loadMapData's point limit", () => {
  it("sends points up to the limit itself, and cells one past it", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag), incidentInput(tag), incidentInput(tag, { ...places.berlin }));
    const atLimit = await loadMapData(getDb(env), { q: tag }, 4, 3);
    expect(atLimit).toMatchObject({ mode: "points", total: 3 });
    const pastLimit = await loadMapData(getDb(env), { q: tag }, 4, 2);
    expect(pastLimit).toMatchObject({ mode: "cells", total: 3, cellSize: cellSizeForZoom(4) });
  });

  it("is 5,000 points, as the README says, with cells a quarter of a tile wide", () => {
    expect(MAX_MAP_POINTS).toBe(5000);
    expect(cellSizeForZoom(0)).toBe(90);
    expect(cellSizeForZoom(3)).toBe(11.25);
  });

  it("rounds points to 5 decimals and cell centres to 4", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag, { latitude: 45.123456789, longitude: 4.987654321 }));
    const points = await loadMapData(getDb(env), { q: tag }, 4);
    expect(points.mode === "points" && points.points[0]?.slice(1, 3)).toEqual([45.12346, 4.98765]);
    const cells = await loadMapData(getDb(env), { q: tag }, 4, 0);
    expect(cells.mode === "cells" && cells.cells[0]?.slice(0, 2)).toEqual([45.1235, 4.9877]);
  });
});
