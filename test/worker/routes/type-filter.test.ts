import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { updateIncident } from "../../../worker/db/writes";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";

type Page = { items: { id: string }[] };
type MapPoints = { points: [string, ...unknown[]][] };
type Stats = { groups: { key: string; count: number }[] };

describe("the attack type filter", () => {
  it("finds an incident by any of its types on the list, the map and the stats, and no other type", async () => {
    const tag = freshTag();
    const [both] = await createIncidents(incidentInput(tag, { attackTypes: ["ddos", "data_theft"] }));
    await createIncidents(incidentInput(tag, { attackTypes: ["ransomware"] }));

    for (const type of ["ddos", "data_theft"]) {
      const page = await getJson<Page>(`/api/incidents?q=${tag}&type=${type}`);
      expect(page.items.map((item) => item.id)).toEqual([both?.id]);
      const map = await getJson<MapPoints>(`/api/map?q=${tag}&type=${type}`);
      expect(map.points.map(([id]) => id)).toEqual([both?.id]);
    }
    const none = await getJson<Page>(`/api/incidents?q=${tag}&type=phishing`);
    expect(none.items).toEqual([]);
    const stats = await getJson<Stats>(`/api/stats?by=type&q=${tag}&type=ddos&type=ransomware`);
    expect(stats.groups).toEqual(
      expect.arrayContaining([
        { key: "ransomware", count: 1 },
        { key: "ddos", count: 1 },
        { key: "data_theft", count: 1 },
      ]),
    );
  });

  it("follows an edit of the types, and keeps the types an incident had in the past for as_of", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(incidentInput(tag, { attackTypes: ["ddos"] }));
    const id = input?.id ?? "";
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateIncident(
      getDb(env),
      createAssetBoundarySource(env.ASSETS),
      id,
      { attackTypes: ["phishing"] },
      { expectedRevision: 1, reason: "Corrected type" },
    );

    const now = (type: string) => getJson<Page>(`/api/incidents?q=${tag}&type=${type}`);
    expect((await now("phishing")).items.map((item) => item.id)).toEqual([id]);
    expect((await now("ddos")).items).toEqual([]);
    const asOf = (type: string) =>
      getJson<Page>(`/api/incidents?country=FR&type=${type}&as_of=${encodeURIComponent(before)}&limit=200`);
    expect((await asOf("ddos")).items.map((item) => item.id)).toContain(id);
    expect((await asOf("phishing")).items.map((item) => item.id)).not.toContain(id);
  });

  it("never shows the mask in a public record", async () => {
    const [input] = await createIncidents(incidentInput(freshTag(), { attackTypes: ["ddos"] }));
    const record = await getJson<Record<string, unknown>>(`/api/incidents/${input?.id}`);
    expect(record.attackTypes).toEqual(["ddos"]);
    expect(record).not.toHaveProperty("attackTypeMask");
  });
});
