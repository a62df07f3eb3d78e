/**
 * The OpenAPI document's answer schemas against the answers the Worker gives: each parses, and
 * parsing keeps every field (zod drops fields a schema does not declare, so an answer that
 * carried one, a private field above all, would differ from what was parsed).
 */
import type { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import {
  countryRegionsResponseSchema,
  duplicatesResponseSchema,
  incidentPageSchema,
  lookupResponseSchema,
  mapResponseSchema,
  metaResponseSchema,
  publicIncidentSchema,
  regionsResponseSchema,
  reportAcceptedSchema,
  reportStatusResponseSchema,
  statsResponseSchema,
} from "../../../worker/api/response-schemas";
import { loadMapData } from "../../../worker/db/map-queries";
import { updateIncident } from "../../../worker/db/writes";
import { boundaries, db } from "../db/writes/support";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { parseStatusUrl, postReport, reportBody } from "../reports-support";
import { getJson, request } from "../request";

function expectDescribedBy(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toStrictEqual(body);
}

describe("the answers' schemas in the OpenAPI document", () => {
  it("describe every field of the public reads, and nothing they lack", async () => {
    const tag = freshTag();
    const [pinned, regional] = await createIncidents(
      incidentInput(tag, {
        ...places.rennes,
        individualsAffected: 1200,
        ransomDemanded: { amount: 50_000, currency: "EUR" },
      }),
      incidentInput(tag, { locationPrecision: "country", city: null }),
    );
    const id = pinned?.id ?? "";
    await updateIncident(
      db,
      boundaries,
      id,
      { individualsAffected: 2400 },
      { expectedRevision: 1, reason: "Count" },
    );
    const url = encodeURIComponent(pinned?.sources[0]?.url ?? "");

    const answers: [string, z.ZodType][] = [
      ["/api/meta", metaResponseSchema],
      [`/api/incidents?q=${tag}&limit=1`, incidentPageSchema],
      [`/api/incidents/${id}`, publicIncidentSchema],
      ["/api/map?bbox=-180,-90,180,90&zoom=1", mapResponseSchema],
      ["/api/stats?by=type", statsResponseSchema],
      ["/api/regions", regionsResponseSchema],
      ["/api/regions/FR", countryRegionsResponseSchema],
      [`/api/duplicates?url=${url}&organisation=${tag}`, duplicatesResponseSchema],
      [`/api/lookup?url=${url}`, lookupResponseSchema],
    ];
    for (const [path, schema] of answers) {
      const body = await getJson(path);
      expectDescribedBy(schema, body);
    }

    const detail = await getJson<z.infer<typeof publicIncidentSchema>>(`/api/incidents/${id}`);
    expect(detail.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(detail.ransomDemanded).toEqual({ amount: 50_000, currency: "EUR" });
    const page = await getJson<z.infer<typeof incidentPageSchema>>(`/api/incidents?q=${tag}`);
    expect(page.items.map((item) => item.id).sort()).toEqual([pinned?.id, regional?.id].sort());
  });

  it("describe a map in grid cells, with its regional counts", async () => {
    // Beyond the point limit (5,000 in production, 2 here) the map answers in cells.
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, { ...places.lyon }),
      incidentInput(tag, { ...places.newYork }),
      incidentInput(tag, { ...places.berlin }),
      incidentInput(tag, { locationPrecision: "country", city: null }),
    );
    const cells = { version: 1, ...(await loadMapData(db, { q: tag }, 3, 2)) };
    expect(cells.mode).toBe("cells");
    expect(cells.regions).toHaveLength(1);
    expectDescribedBy(mapResponseSchema, cells);
  });

  it("describe a report's acceptance and its status", async () => {
    const response = await postReport(reportBody(freshTag()));
    expect(response.status).toBe(202);
    const accepted = await response.json();
    expectDescribedBy(reportAcceptedSchema, accepted);
    const { id, token } = parseStatusUrl((accepted as { statusUrl: string }).statusUrl);
    const status = await request(`/api/reports/${id}/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(status.status).toBe(200);
    expectDescribedBy(reportStatusResponseSchema, await status.json());
  });

  it("catch a field an answer carries and its schema does not declare", () => {
    const parsed = statsResponseSchema.safeParse({ version: 1, by: "type", groups: [], contactEmail: "x" });
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toStrictEqual({ version: 1, by: "type", groups: [], contactEmail: "x" });
  });
});
