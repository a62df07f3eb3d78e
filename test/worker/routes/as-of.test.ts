import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { createIncident, retractIncident, updateIncident } from "../../../worker/db/writes";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { freshTag, incidentInput } from "../factories";
import { getJson, request } from "../request";

type Page = { items: { id: string; individualsAffected: number | null; attackTypes: string[] }[] };

let spot = 0;
/** `q` cannot go with `as_of`, so each test keeps its rows apart on its own patch of ocean. */
function ownSpot() {
  spot += 1;
  const latitude = -40 + spot;
  const longitude = -140 + spot;
  return {
    point: { latitude, longitude, city: null },
    bbox: `${longitude - 0.1},${latitude - 0.1},${longitude + 0.1},${latitude + 0.1}`,
  };
}

const db = () => getDb(env);
const boundaries = () => createAssetBoundarySource(env.ASSETS);

describe("as_of on GET /api/incidents and the exports", () => {
  it("serves the incidents as they stood then: later ones absent, later edits undone", async () => {
    const { point, bbox } = ownSpot();
    const early = await createIncident(
      db(),
      boundaries(),
      incidentInput(freshTag(), { ...point, individualsAffected: 100 }),
      {
        reason: "Test data",
        now: "2024-01-01T00:00:00.000Z",
      },
    );
    await createIncident(db(), boundaries(), incidentInput(freshTag(), point), {
      reason: "Test data",
      now: "2024-06-01T00:00:00.000Z",
    });
    await updateIncident(
      db(),
      boundaries(),
      early.id,
      { individualsAffected: 250, attackTypes: ["data_theft"] },
      { expectedRevision: 1, reason: "A second statement", now: "2024-03-01T00:00:00.000Z" },
    );

    const before = await getJson<Page>(`/api/incidents?bbox=${bbox}&as_of=2024-02-29T23:59:59Z`);
    expect(before.items.map((item) => [item.id, item.individualsAffected, item.attackTypes])).toEqual([
      [early.id, 100, ["ransomware"]],
    ]);
    // The instant of a revision is included: as_of is "at or before".
    const atEdit = await getJson<Page>(`/api/incidents?bbox=${bbox}&as_of=2024-03-01T00:00:00Z`);
    expect(atEdit.items.map((item) => item.individualsAffected)).toEqual([250]);
    // Filters apply to the past record: it was ransomware then.
    const byOldType = await getJson<Page>(
      `/api/incidents?bbox=${bbox}&type=ransomware&as_of=2024-02-01T00:00:00Z`,
    );
    expect(byOldType.items).toHaveLength(1);
    const byOldTypeNow = await getJson<Page>(`/api/incidents?bbox=${bbox}&type=ransomware`);
    expect(byOldTypeNow.items.map((item) => item.id)).not.toContain(early.id);

    const response = await request(`/api/export.ndjson?bbox=${bbox}&as_of=2024-02-29T23:59:59%2B00:00`);
    expect(response.headers.get("x-dataset-as-of")).toBe("2024-02-29T23:59:59.000Z");
    expect(response.headers.get("content-disposition")).toMatch(/-as-of-2024-02-29\.ndjson"$/);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.id, line.individualsAffected, line.revision])).toEqual([
      [early.id, 100, 1],
    ]);
    expect(lines[0].sources).toEqual(
      incidentInput("x").sources.map(() => expect.objectContaining({ kind: "press" })),
    );
  });

  it("keeps a retracted incident in the dataset as it stood before the retraction", async () => {
    const { point, bbox } = ownSpot();
    const incident = await createIncident(db(), boundaries(), incidentInput(freshTag(), point), {
      reason: "Test data",
      now: "2023-01-01T00:00:00.000Z",
    });
    await retractIncident(db(), incident.id, {
      expectedRevision: 1,
      reason: "Not a health organisation",
      now: "2023-02-01T00:00:00.000Z",
    });
    const then = await getJson<Page>(`/api/incidents?bbox=${bbox}&as_of=2023-01-15T00:00:00Z`);
    const now = await getJson<Page>(`/api/incidents?bbox=${bbox}`);
    expect(then.items.map((item) => item.id)).toEqual([incident.id]);
    expect(now.items).toEqual([]);
  });

  it("pages the past list: limit rows and a cursor while one more row stood then, and the last page says so", async () => {
    const { point, bbox } = ownSpot();
    const made = [];
    for (const occurredOn of ["2021-03-01", "2021-02-01", "2021-01-01"]) {
      made.push(
        await createIncident(db(), boundaries(), incidentInput(freshTag(), { ...point, occurredOn }), {
          reason: "Test data",
          now: "2024-01-01T00:00:00.000Z",
        }),
      );
    }
    const ids = made.map((incident) => incident.id);
    const past = `/api/incidents?bbox=${bbox}&as_of=2024-06-01T00:00:00Z`;
    type CursorPage = Page & { nextCursor: string | null };

    const first = await getJson<CursorPage>(`${past}&limit=2`);
    expect(first.items.map((item) => item.id)).toEqual(ids.slice(0, 2));
    expect(first.nextCursor).not.toBeNull();
    const last = await getJson<CursorPage>(`${past}&limit=2&cursor=${first.nextCursor}`);
    expect(last.items.map((item) => item.id)).toEqual(ids.slice(2));
    expect(last.nextCursor).toBeNull();

    // Exactly as many rows as the limit: all of them, and no next page.
    const whole = await getJson<CursorPage>(`${past}&limit=3`);
    expect(whole.items.map((item) => item.id)).toEqual(ids);
    expect(whole.nextCursor).toBeNull();
  });

  it.each([
    ["as_of=2024-01-01", "/as_of"],
    ["as_of=yesterday", "/as_of"],
    ["as_of=2024-01-01T00:00:00Z&q=ransomware", "/q"],
  ])("refuses %s with a 400 problem pointing at %s", async (query, pointer) => {
    for (const path of ["/api/incidents", "/api/export.csv"]) {
      const response = await request(`${path}?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
        { pointer, detail: expect.any(String) },
      ]);
    }
  });
});
