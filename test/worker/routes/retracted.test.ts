import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { incidents } from "../../../worker/db/schema";
import type { MapData } from "../../../worker/domain/map-data";
import type { IncidentSummary, PublicIncident } from "../../../worker/domain/public-incident";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";

type Page = { items: IncidentSummary[]; nextCursor: string | null };
type Stats = { groups: { key: string; count: number }[] };
type Regions = {
  countries: { code: string; count: number; subdivisions: { code: string; count: number }[] }[];
};

/** Iceland: no other test of this file places an incident there, so its counts are ours. */
const reykjavik = { latitude: 64.1466, longitude: -21.9426, city: "Reykjavík" };

async function retract(id: string, reason: string): Promise<void> {
  await getDb(env)
    .update(incidents)
    .set({ status: "retracted", retractionReason: reason })
    .where(eq(incidents.id, id));
}

describe("a retracted incident", () => {
  it("leaves the list, the map, the counts and the regions, and keeps its page with the reason", async () => {
    const tag = freshTag();
    const [kept, retracted] = await createIncidents(
      incidentInput(tag, { ...reykjavik }),
      incidentInput(tag, { ...reykjavik, occurredOn: "2023-01-01" }),
    );
    await retract(retracted?.id ?? "", "The source was a hoax.");

    const list = await getJson<Page>(`/api/incidents?q=${tag}`);
    expect(list.items.map((item) => item.id)).toEqual([kept?.id]);

    const map = await getJson<MapData>(`/api/map?q=${tag}`);
    expect(map).toMatchObject({ mode: "points", total: 1 });
    expect(map.mode === "points" && map.points.map((point) => point[0])).toEqual([kept?.id]);

    const byCountry = await getJson<Stats>(`/api/stats?by=country&q=${tag}`);
    expect(byCountry.groups).toEqual([{ key: "IS", count: 1 }]);

    const { countries } = await getJson<Regions>("/api/regions");
    expect(countries.find((country) => country.code === "IS")?.count).toBe(1);

    const page = await getJson<PublicIncident>(`/api/incidents/${retracted?.id}`);
    expect(page).toMatchObject({
      id: retracted?.id,
      status: "retracted",
      retractionReason: "The source was a hoax.",
    });
  });
});
