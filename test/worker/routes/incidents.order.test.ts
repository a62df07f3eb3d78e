import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { incidentRevisions } from "../../../worker/db/schema";
import type { IncidentSummary, PublicIncident } from "../../../worker/domain/public-incident";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";

type Page = { items: IncidentSummary[]; nextCursor: string | null };

describe("GET /api/incidents pages", () => {
  it("give a nextCursor while rows remain and none on the last page", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag), incidentInput(tag), incidentInput(tag));
    expect((await getJson<Page>(`/api/incidents?q=${tag}&limit=3`)).nextCursor).toBeNull();
    const first = await getJson<Page>(`/api/incidents?q=${tag}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const last = await getJson<Page>(`/api/incidents?q=${tag}&limit=2&cursor=${first.nextCursor}`);
    expect(last.items).toHaveLength(1);
    expect(last.nextCursor).toBeNull();
  });

  it("order incidents of the same date by id, newest first, across pages", async () => {
    const tag = freshTag();
    const inputs = await createIncidents(incidentInput(tag), incidentInput(tag), incidentInput(tag));
    const expected = inputs
      .map((input) => input.id)
      .sort()
      .reverse();
    const first = await getJson<Page>(`/api/incidents?q=${tag}&limit=2`);
    const second = await getJson<Page>(`/api/incidents?q=${tag}&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(expected);
  });

  it("default to 50 rows and take limit from 1 to 200", async () => {
    const tag = freshTag();
    await createIncidents(...Array.from({ length: 51 }, () => incidentInput(tag)));
    const page = await getJson<Page>(`/api/incidents?q=${tag}`);
    expect(page.items).toHaveLength(50);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect((await getJson<Page>(`/api/incidents?q=${tag}&limit=1`)).items).toHaveLength(1);
    expect((await getJson<Page>(`/api/incidents?q=${tag}&limit=200`)).items).toHaveLength(51);
    await getJson(`/api/incidents?limit=0`, 400);
    await getJson(`/api/incidents?limit=201`, 400);
  });
});

describe("GET /api/incidents/:id order", () => {
  it("lists sources in the order they were cited and revisions newest first", async () => {
    const tag = freshTag();
    const cited = ["zeta", "alpha", "mu"].map((word, i) => ({
      url: `https://press.example/${tag}/${word}`,
      title: `Article ${word}`,
      publisher: null,
      publishedOn: `2022-0${3 - i}-01`,
      kind: "press" as const,
    }));
    const [input] = await createIncidents(incidentInput(tag, { sources: cited }));
    const id = input?.id ?? "";
    await getDb(env)
      .insert(incidentRevisions)
      .values([
        {
          incidentId: id,
          revision: 3,
          summary: "Third",
          snapshot: {},
          createdAt: "2024-01-03T00:00:00.000Z",
        },
        {
          incidentId: id,
          revision: 2,
          summary: "Second",
          snapshot: {},
          createdAt: "2024-01-02T00:00:00.000Z",
        },
      ]);
    const incident = await getJson<PublicIncident>(`/api/incidents/${id}`);
    expect(incident.sources.map((source) => source.title)).toEqual([
      "Article zeta",
      "Article alpha",
      "Article mu",
    ]);
    expect(incident.revisions.map((revision) => revision.revision)).toEqual([3, 2, 1]);
  });
});
