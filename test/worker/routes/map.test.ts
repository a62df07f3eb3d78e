import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { cellSizeForZoom, loadMapData } from "../../../worker/db/map-queries";
import type { MapData } from "../../../worker/domain/map-data";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson, request } from "../request";

describe("GET /api/map", () => {
  it("sends each matching incident as [id, latitude, longitude, type, date]", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(
      incidentInput(tag, { attackTypes: ["ddos", "other"], ...places.berlin }),
    );
    const map = await getJson<MapData & { version: number }>(`/api/map?q=${tag}`);
    expect(map).toEqual({
      version: expect.any(Number),
      mode: "points",
      total: 1,
      points: [[input?.id, 52.52, 13.405, "ddos", "2022-03-15"]],
      regions: [],
    });
  });

  it("applies the same filters as the list", async () => {
    const tag = freshTag();
    const [inBerlin] = await createIncidents(
      incidentInput(tag, { ...places.berlin }),
      incidentInput(tag, { ...places.newYork }),
    );
    const map = await getJson<MapData>(`/api/map?q=${tag}&bbox=5,45,20,55&zoom=5`);
    expect(map.mode === "points" && map.points.map((p) => p[0])).toEqual([inBerlin?.id]);
  });

  it("answers 304 to a client holding the current version, and a new ETag after a write", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const first = await request(`/api/map?q=${tag}`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"\d+"$/);
    expect(first.headers.get("cache-control")).toContain("must-revalidate");
    expect(first.headers.get("server-timing")).toMatch(/^db;dur=\d+(\.\d)?$/);

    const again = await request(`/api/map?q=${tag}`, { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    await createIncidents(incidentInput(tag));
    const changed = await request(`/api/map?q=${tag}`, { headers: { "if-none-match": etag ?? "" } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(((await changed.json()) as MapData).total).toBe(2);
  });

  it("rejects an out-of-range zoom with a problem", async () => {
    const response = await request("/api/map?zoom=40");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: "/zoom" }] });
  });
});

describe("loadMapData beyond the point limit", () => {
  it("aggregates into grid cells that keep every incident and the most frequent type", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, { ...places.lyon, attackTypes: ["ransomware"] }),
      incidentInput(tag, { latitude: 45.77, longitude: 4.84, attackTypes: ["ransomware"] }),
      incidentInput(tag, { latitude: 45.76, longitude: 4.85, attackTypes: ["phishing"] }),
      incidentInput(tag, { ...places.newYork, attackTypes: ["phishing"] }),
    );
    const map = await loadMapData(getDb(env), { q: tag }, 3, 2);
    expect(map.mode).toBe("cells");
    if (map.mode !== "cells") return;
    expect(map.total).toBe(4);
    expect(map.cellSize).toBe(cellSizeForZoom(3));
    const byCount = [...map.cells].sort((a, b) => b[2] - a[2]);
    expect(byCount).toHaveLength(2);
    expect(byCount[0]).toEqual([expect.closeTo(45.765, 2), expect.closeTo(4.842, 2), 3, "ransomware"]);
    expect(byCount[1]).toEqual([40.7128, -74.006, 1, "phishing"]);
  });

  it("places a cell at the mean of its incidents and names its most frequent type, a tie going to the type first by name", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, { latitude: 45.7, longitude: 4.8, attackTypes: ["data_theft"] }),
      incidentInput(tag, { latitude: 45.72, longitude: 4.82, attackTypes: ["data_theft"] }),
      incidentInput(tag, { latitude: 45.76, longitude: 4.86, attackTypes: ["ransomware"] }),
      incidentInput(tag, { latitude: 40.7, longitude: -74, attackTypes: ["ransomware"] }),
      incidentInput(tag, { latitude: 40.72, longitude: -74.02, attackTypes: ["phishing"] }),
    );
    const map = await loadMapData(getDb(env), { q: tag }, 3, 2);
    expect(map.mode === "cells" && [...map.cells].sort((a, b) => b[2] - a[2])).toEqual([
      // (45.7 + 45.72 + 45.76) / 3 and (4.8 + 4.82 + 4.86) / 3, to 4 decimals
      [45.7267, 4.8267, 3, "data_theft"],
      [40.71, -74.01, 2, "phishing"],
    ]);
  });
});
