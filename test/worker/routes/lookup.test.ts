import { env } from "cloudflare:workers";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { LookupResponse } from "../../../worker/api/responses";
import { getDb } from "../../../worker/db/client";
import { linkRegistryRefs } from "../../../worker/db/registry-refs";
import { createIncident, retractIncident } from "../../../worker/db/writes";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { freshTag, incidentInput } from "../factories";
import { getJson, request } from "../request";

async function createWithRefs(tag: string, refs: { registry: "hhs" | "vcdb"; ref: string }[]) {
  const db = getDb(env);
  return createIncident(db, createAssetBoundarySource(env.ASSETS), incidentInput(tag), {
    reason: "Test data",
    extra: linkRegistryRefs(db, refs),
  });
}

describe("GET /api/lookup", () => {
  it("refuses an unknown parameter", async () => {
    const response = await request("/api/lookup?id=x&ref=hhs:x");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
      { pointer: "/id", detail: "This parameter is not known." },
    ]);
  });

  it("finds an incident by a source URL, however the URL is spelled", async () => {
    const tag = freshTag();
    const { id } = await createWithRefs(tag, []);
    const [source] = incidentInput(tag).sources;
    const cited = source?.url.replace(/\/\d+$/, "") ?? "";
    const [number] = /\d+$/.exec(id) ?? [];
    const spelled = `${cited.replace("https://press.example", "http://WWW.press.example")}/${number}/#section`;
    const { matches } = await getJson<LookupResponse>(`/api/lookup?url=${encodeURIComponent(spelled)}`);
    expect(matches).toEqual([
      expect.objectContaining({
        id,
        status: "published",
        matchedBy: ["source_url"],
        api: `/api/incidents/${id}`,
        page: `/?incident=${id}`,
      }),
    ]);
    const none = await getJson<LookupResponse>(
      `/api/lookup?url=${encodeURIComponent(`${cited}/${number}0`)}`,
    );
    expect(none.matches).toEqual([]);
  });

  it("finds an incident by its HHS reference, retracted ones included with their status", async () => {
    const tag = freshTag();
    const { id } = await createWithRefs(tag, [{ registry: "hhs", ref: `CA-2021-03-05-${tag}` }]);
    await retractIncident(getDb(env), id, { expectedRevision: 1, reason: "Not a health organisation" });
    const { matches } = await getJson<LookupResponse>(`/api/lookup?ref=hhs:CA-2021-03-05-${tag}`);
    expect(matches).toEqual([
      expect.objectContaining({ id, status: "retracted", matchedBy: ["registry_ref"] }),
    ]);
    expect((await getJson<LookupResponse>(`/api/lookup?ref=vcdb:CA-2021-03-05-${tag}`)).matches).toEqual([]);
  });

  it("lists several matches newest first, those of one date by id", async () => {
    const tag = freshTag();
    const url = `https://press.example/${tag}/shared`;
    const cite = { url, title: "A", publisher: null, publishedOn: null, kind: "press" as const };
    const db = getDb(env);
    const boundaries = createAssetBoundarySource(env.ASSETS);
    for (const [id, occurredOn] of [
      [`b-${tag}`, "2021-05-01"],
      [`c-${tag}`, "2022-01-01"],
      [`a-${tag}`, "2021-05-01"],
    ] as const) {
      await createIncident(db, boundaries, incidentInput(tag, { id, occurredOn, sources: [cite] }), {
        reason: "Test data",
      });
    }
    const { matches } = await getJson<LookupResponse>(`/api/lookup?url=${encodeURIComponent(url)}`);
    expect(matches.map((m) => m.id)).toEqual([`c-${tag}`, `a-${tag}`, `b-${tag}`]);
  });

  it("writes the registry references into the exports", async () => {
    const tag = freshTag();
    await createWithRefs(tag, [
      { registry: "vcdb", ref: `${tag}-uuid` },
      { registry: "hhs", ref: `NY-2020-01-01-${tag}` },
    ]);
    const [header, row] = parse(await (await request(`/api/export.csv?q=${tag}`)).text()) as string[][];
    expect(row?.[header?.indexOf("registryRefs") ?? -1]).toBe(`hhs:NY-2020-01-01-${tag};vcdb:${tag}-uuid`);
    const json = await getJson<{ incidents: { registryRefs: unknown }[] }>(`/api/export.json?q=${tag}`);
    expect(json.incidents[0]?.registryRefs).toEqual([
      { registry: "hhs", ref: `NY-2020-01-01-${tag}` },
      { registry: "vcdb", ref: `${tag}-uuid` },
    ]);
  });

  it.each([
    ["", "/url"],
    ["ref=castle:1", "/ref"],
    ["ref=hhs:", "/ref"],
    ["url=ftp%3A%2F%2Fexample.org%2Fx", "/url"],
    ["url=https%3A%2F%2Fa.example&url=https%3A%2F%2Fb.example", "/url"],
  ])("answers ?%s with a 400 problem pointing at %s", async (query, pointer) => {
    const response = await request(`/api/lookup?${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { pointer: string }[] }).errors).toEqual([
      { pointer, detail: expect.any(String) },
    ]);
  });
});
