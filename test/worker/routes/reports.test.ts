import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { reports } from "../../../worker/db/schema";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { countReports, freshIp, parseStatusUrl, postReport, reportBody } from "../reports-support";
import { request } from "../request";

async function statusOf(statusUrl: string, token = parseStatusUrl(statusUrl).token) {
  const { id } = parseStatusUrl(statusUrl);
  return request(`/api/reports/${id}/status`, { headers: { authorization: `Bearer ${token}` } });
}

describe("POST /api/reports", () => {
  it("accepts a report of a new incident with 202, its id and a private status URL, and stores it pending", async () => {
    const tag = freshTag();
    const response = await postReport(
      reportBody(tag, { creditName: "A. Reader", contactEmail: "reader@example.org" }),
    );

    expect(response.status).toBe(202);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { id: string; status: string; statusUrl: string };
    expect(Object.keys(body).sort()).toEqual(["id", "status", "statusUrl"]);
    expect(body.status).toBe("pending");
    expect(parseStatusUrl(body.statusUrl).id).toBe(body.id);

    const [row] = await getDb(env).select().from(reports).where(eq(reports.id, body.id));
    expect(row).toMatchObject({
      kind: "new",
      status: "pending",
      incidentId: null,
      creditName: "A. Reader",
      contactEmail: "reader@example.org",
      contributorRole: "journalist",
      version: 1,
    });
    expect(row?.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.statusTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.statusTokenHash).not.toContain(parseStatusUrl(body.statusUrl).token);
    expect((row?.payload as { title: string }).title).toContain(tag);
    expect(Object.keys(row?.payload ?? {})).not.toContain("turnstileToken");
    // Nothing is public until a moderator acts.
    expect(await request(`/api/incidents?q=${tag}`).then((r) => r.json())).toMatchObject({ items: [] });
  });

  it("accepts a correction of a published incident", async () => {
    const [target] = await createIncidents(incidentInput(freshTag()));
    const tag = freshTag();
    const response = await postReport(reportBody(tag, { incidentId: target?.id }));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const [row] = await getDb(env).select().from(reports).where(eq(reports.id, id));
    expect(row).toMatchObject({ kind: "correction", incidentId: target?.id });
  });

  it("answers the same key and the same body with the same answer, and stores one report", async () => {
    const tag = freshTag();
    const headers = { "idempotency-key": `key-${tag}` };
    const body = reportBody(tag);
    const first = await postReport(body, { headers });
    // A retry may come from another network and carry a fresh Turnstile token.
    const second = await postReport({ ...body, turnstileToken: "another.token" }, { headers });

    expect([first.status, second.status]).toEqual([202, 202]);
    expect(await second.json()).toEqual(await first.json());
    expect(await countReports(tag)).toBe(1);
  });

  it("refuses the same key with another body with 422, and stores nothing more", async () => {
    const tag = freshTag();
    const headers = { "idempotency-key": `key-${tag}` };
    expect((await postReport(reportBody(tag), { headers })).status).toBe(202);
    const other = await postReport(reportBody(tag, { contributorRole: "patient" }), { headers });

    expect(other.status).toBe(422);
    expect(await other.json()).toEqual({
      type: "/problems/unprocessable-content",
      title: "The request body is invalid.",
      status: 422,
      detail: "This Idempotency-Key was sent with another report. Use a new key for a new report.",
      instance: "/api/reports",
    });
    expect(await countReports(tag)).toBe(1);
  });

  it("stores one report for the same key sent 10 times at once", async () => {
    const tag = freshTag();
    const body = reportBody(tag);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postReport(body, { headers: { "idempotency-key": `key-${tag}` } })),
    );
    const answers = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(202));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await countReports(tag)).toBe(1);
  });

  it("stores exactly 50 reports for 50 parallel submissions", async () => {
    const tag = freshTag();
    const responses = await Promise.all(Array.from({ length: 50 }, () => postReport(reportBody(tag))));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(202));
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(50);
    expect(await countReports(tag)).toBe(50);
  });

  it("accepts a body of exactly 128 KiB and refuses one byte more with 413, storing nothing", async () => {
    const tag = freshTag();
    const json = JSON.stringify(reportBody(tag));
    const atLimit = json + " ".repeat(128 * 1024 - json.length);
    expect((await postReport(null, { raw: atLimit })).status).toBe(202);
    const over = await postReport(null, { raw: `${atLimit} ` });
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({
      type: "/problems/payload-too-large",
      title: "The request body is too large.",
      status: 413,
      detail: "The body may not exceed 131072 bytes.",
      instance: "/api/reports",
    });
    expect(await countReports(tag)).toBe(1);
  });
});

describe("GET /api/reports/:id/status", () => {
  it("shows the contributor the outcome with the bearer token from the status URL", async () => {
    const response = await postReport(reportBody(freshTag()), { ip: freshIp() });
    const { id, statusUrl } = (await response.json()) as { id: string; statusUrl: string };
    const status = await statusOf(statusUrl);

    expect(status.status).toBe(200);
    expect(status.headers.get("cache-control")).toBe("no-store");
    const body = (await status.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id,
      kind: "new",
      status: "pending",
      incidentId: null,
      reason: null,
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      decidedAt: null,
    });
  });

  it("answers 404 for a wrong token, no token, or an unknown id, alike", async () => {
    const { statusUrl } = (await (await postReport(reportBody(freshTag()))).json()) as { statusUrl: string };
    const { id, token } = parseStatusUrl(statusUrl);
    const wrong = await statusOf(statusUrl, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
    const none = await request(`/api/reports/${id}/status`);
    const unknown = await request(`/api/reports/rpt_000000000000000000000000/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    for (const response of [wrong, none, unknown]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ detail: "No report matches this id and token." });
    }
  });
});
