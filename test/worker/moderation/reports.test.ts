import { describe, expect, it } from "vitest";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { call, createSession, createUser } from "../accounts";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";
import { createReport } from "./report-factory";

type Queue = {
  items: { id: string; status: string; etag: string; title: string }[];
  nextCursor: string | null;
};
type Detail = {
  report: { id: string; status: string; contactEmail: string | null; version: number };
  duplicates: { id: string; signals: string[] }[];
  target: { id: string; revision: number } | null;
  diff: { field: string; current: unknown; proposed: unknown }[];
};

async function moderator() {
  const user = await createUser("moderator");
  return { user, cookie: await createSession(user) };
}

async function read(id: string, cookie: string) {
  const response = await call(`/api/moderation/reports/${id}`, { cookie });
  return { response, etag: response.headers.get("etag") ?? "", body: (await response.json()) as Detail };
}

function decide(
  id: string,
  decision: string,
  cookie: string,
  ifMatch: string | undefined,
  body: unknown = {},
) {
  return call(`/api/moderation/reports/${id}/${decision}`, { cookie, ifMatch, body });
}

describe("GET /api/moderation/reports", () => {
  it("lists pending reports oldest first, with an ETag each, and pages at the limit", async () => {
    const { cookie } = await moderator();
    const made = [await createReport(), await createReport(), await createReport()];
    const pages: Queue["items"] = [];
    let cursor: string | null = null;
    do {
      const query: string = `status=pending&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page = (await (await call(`/api/moderation/reports?${query}`, { cookie })).json()) as Queue;
      expect(page.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const mine = pages.filter((item) => made.some((report) => report.id === item.id));
    expect(mine.map((item) => item.id)).toEqual(made.map((report) => report.id));
    expect(mine.every((item) => item.etag === '"v1"' && item.status === "pending")).toBe(true);
    expect(JSON.stringify(pages)).not.toContain("contactEmail");
  });

  it("refuses an unknown status", async () => {
    const { cookie } = await moderator();
    const response = await call("/api/moderation/reports?status=maybe", { cookie });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: "/status" }] });
  });
});

describe("GET /api/moderation/reports/:id", () => {
  it("shows a correction beside its target, field by field, with duplicates by source URL", async () => {
    const { cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag(), { individualsAffected: 500 }));
    const [other] = await createIncidents(incidentInput(freshTag()));
    const report = await createReport({
      incidentId: target?.id,
      payload: { ...target, individualsAffected: 900, sources: other?.sources ?? [] },
      contactEmail: "contributor@example.org",
    });
    const { response, etag, body } = await read(report.id, cookie);
    expect(response.status).toBe(200);
    expect(etag).toBe('"v1-r1"');
    expect(body.report).toMatchObject({
      id: report.id,
      status: "pending",
      contactEmail: "contributor@example.org",
    });
    expect(body.target).toMatchObject({ id: target?.id, revision: 1 });
    expect(body.diff).toContainEqual({ field: "individualsAffected", current: 500, proposed: 900 });
    expect(body.diff).toContainEqual({ field: "title", current: target?.title, proposed: target?.title });
    expect(body.duplicates).toEqual([
      expect.objectContaining({ id: other?.id, signals: expect.arrayContaining(["source_url"]) }),
    ]);
  });

  it("answers 404 for an unknown report", async () => {
    const { cookie } = await moderator();
    const response = await call("/api/moderation/reports/rpt_000000000000000000000000", { cookie });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      type: expect.stringMatching(/not-found$/),
      detail: "No report has this id.",
    });
  });
});

describe("POST /api/moderation/reports/:id/publish", () => {
  it("publishes a report as submitted when the body is empty, and answers the new incident id", async () => {
    const { user, cookie } = await moderator();
    const report = await createReport({ creditName: "A. Journalist" });
    const { etag } = await read(report.id, cookie);
    const response = await call(`/api/moderation/reports/${report.id}/publish`, {
      method: "POST",
      cookie,
      ifMatch: etag,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"v2"');
    const { incidentId } = (await response.json()) as { incidentId: string };
    const incident = await getJson<PublicIncident>(`/api/incidents/${incidentId}`);
    expect(incident).toMatchObject({ title: report.payload.title, status: "published", revision: 1 });
    expect(incident.revisions[0]?.reason).toBe(
      "Published from a contributor's report, credited to A. Journalist",
    );

    const { body } = await read(report.id, cookie);
    expect(body.report).toMatchObject({ status: "published", version: 2, resultingIncidentId: incidentId });
    const admin = await createSession(await createUser("admin"));
    const audit = (await (
      await call(`/api/admin/audit?targetId=${report.id}`, { cookie: admin })
    ).json()) as {
      items: {
        action: string;
        actor: { id: string };
        before: { status: string };
        after: { status: string };
      }[];
    };
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: "report.publish",
        actor: expect.objectContaining({ id: user.id }),
        before: expect.objectContaining({ status: "pending" }),
        after: expect.objectContaining({ status: "published", resultingIncidentId: incidentId }),
      }),
    ]);
  });

  it("publishes with the moderator's overrides", async () => {
    const { cookie } = await moderator();
    const report = await createReport();
    const response = await decide(report.id, "publish", cookie, '"v1"', {
      incident: { individualsAffected: 42 },
    });
    const { incidentId } = (await response.json()) as { incidentId: string };
    expect((await getJson<PublicIncident>(`/api/incidents/${incidentId}`)).individualsAffected).toBe(42);
  });

  it("answers 428 without If-Match and 412 with a stale one, and publishes nothing", async () => {
    const { cookie } = await moderator();
    const tag = freshTag();
    const report = await createReport({ tag });
    expect((await decide(report.id, "publish", cookie, undefined)).status).toBe(428);
    expect((await decide(report.id, "publish", cookie, '"v2"')).status).toBe(412);
    const page = await getJson<{ items: unknown[] }>(`/api/incidents?q=${tag}`);
    expect(page.items).toEqual([]);
  });

  it("publishes once when two moderators publish the same report at the same time", async () => {
    const [alice, bob] = [await moderator(), await moderator()];
    const tag = freshTag();
    const report = await createReport({ tag });
    const answers = await Promise.all(
      [alice, bob].map(({ cookie }) => decide(report.id, "publish", cookie, '"v1"')),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    expect((await getJson<{ items: unknown[] }>(`/api/incidents?q=${tag}`)).items).toHaveLength(1);
  });

  it("refuses overrides holding personal data, naming the field, and stores nothing", async () => {
    const { cookie } = await moderator();
    const tag = freshTag();
    const report = await createReport({ tag });
    const response = await decide(report.id, "publish", cookie, '"v1"', {
      incident: { summary: "Call the DPO on 06 12 34 56 78" },
    });
    expect(response.status).toBe(422);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ errors: [{ pointer: "/incident/summary" }] });
    expect(body).not.toContain("06 12 34 56 78");
    expect((await getJson<{ items: unknown[] }>(`/api/incidents?q=${tag}`)).items).toEqual([]);
  });

  it("refuses to publish a correction, and a report already decided", async () => {
    const { cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag()));
    const correction = await createReport({ incidentId: target?.id });
    expect((await decide(correction.id, "publish", cookie, '"v1-r1"')).status).toBe(409);
    const report = await createReport();
    expect((await decide(report.id, "spam", cookie, '"v1"')).status).toBe(200);
    expect((await decide(report.id, "publish", cookie, '"v2"')).status).toBe(409);
  });
});

describe("contributor privacy through moderation", () => {
  it("keeps a planted contact e-mail out of the published incident, its history and the audit log", async () => {
    const { cookie } = await moderator();
    const tag = freshTag();
    const contactEmail = `planted-${tag}@contributors.example`;
    const report = await createReport({ tag, contactEmail });
    const published = await decide(report.id, "publish", cookie, '"v1"');
    const { incidentId } = (await published.json()) as { incidentId: string };
    const admin = await createSession(await createUser("admin"));
    const answers = await Promise.all(
      [
        `/api/incidents/${incidentId}`,
        `/api/incidents?q=${tag}`,
        "/api/map?zoom=2",
        `/api/moderation/reports?status=published`,
        `/api/admin/audit?targetId=${report.id}`,
        `/api/admin/audit?targetId=${incidentId}`,
      ].map((path) => call(path, { cookie: admin }).then((response) => response.text())),
    );
    expect(answers.join("\n")).toContain(incidentId);
    for (const answer of answers) expect(answer).not.toContain(contactEmail);
  });
});

describe("POST /api/moderation/reports/:id/apply", () => {
  it("applies only the chosen fields of a correction, as a new revision with its source", async () => {
    const { cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag(), { individualsAffected: 500 }));
    const payload = { ...target, individualsAffected: 900, threatActor: "LockBit", id: undefined };
    const report = await createReport({ incidentId: target?.id, payload });
    const response = await decide(report.id, "apply", cookie, '"v1-r1"', { fields: ["individualsAffected"] });
    expect(response.status).toBe(200);
    const incident = await getJson<PublicIncident>(`/api/incidents/${target?.id}`);
    expect(incident).toMatchObject({ revision: 2, individualsAffected: 900, threatActor: null });
    expect(incident.revisions[0]).toMatchObject({
      changes: [{ field: "individualsAffected", from: 500, to: 900 }],
      sourceUrl: target?.sources[0]?.url,
    });
  });

  it("answers 412 when the incident changed after the moderator read the report", async () => {
    const { cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag()));
    const report = await createReport({ incidentId: target?.id, payload: { individualsAffected: 7 } });
    const { etag } = await read(report.id, cookie);
    const edit = await call(`/api/moderation/incidents/${target?.id}`, {
      method: "PATCH",
      cookie,
      ifMatch: '"r1"',
      body: { changes: { individualsAffected: 8 }, reason: "Another source" },
    });
    expect(edit.status).toBe(200);
    expect((await decide(report.id, "apply", cookie, etag)).status).toBe(412);
    expect((await getJson<PublicIncident>(`/api/incidents/${target?.id}`)).individualsAffected).toBe(8);
  });

  it("refuses a field the report does not have", async () => {
    const { cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag()));
    const report = await createReport({ incidentId: target?.id });
    const response = await decide(report.id, "apply", cookie, '"v1-r1"', { fields: ["title", "owner"] });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: "/fields/1" }] });
  });
});

describe("POST /api/moderation/reports/:id/merge, /reject and /spam", () => {
  it("merges a report into the incident it duplicates", async () => {
    const { cookie } = await moderator();
    const [existing] = await createIncidents(incidentInput(freshTag()));
    const report = await createReport();
    const response = await decide(report.id, "merge", cookie, '"v1"', { duplicateOf: existing?.id });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      incidentId: existing?.id,
      report: { status: "merged", resultingIncidentId: existing?.id },
    });
    const missing = await createReport();
    const refused = await decide(missing.id, "merge", cookie, '"v1"', { duplicateOf: "no-such-incident" });
    expect(refused.status).toBe(422);
  });

  it("rejects with a reason that the contributor will read", async () => {
    const { cookie } = await moderator();
    const report = await createReport();
    expect((await decide(report.id, "reject", cookie, '"v1"', {})).status).toBe(422);
    const response = await decide(report.id, "reject", cookie, '"v1"', {
      reason: "No public source confirms it.",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      report: { status: "rejected", decisionReason: "No public source confirms it." },
    });
  });

  it("marks reports as spam in bulk, each on its own ETag", async () => {
    const { cookie } = await moderator();
    const [fresh, stale, unknown] = [
      await createReport(),
      await createReport(),
      "rpt_000000000000000000000000",
    ];
    const response = await call("/api/moderation/reports/spam", {
      cookie,
      body: {
        reports: [
          { id: fresh.id, etag: '"v1"' },
          { id: stale.id, etag: '"v9"' },
          { id: unknown, etag: '"v1"' },
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      results: [
        { id: fresh.id, status: 200 },
        { id: stale.id, status: 412 },
        { id: unknown, status: 404 },
      ],
    });
    expect((await read(fresh.id, cookie)).body.report.status).toBe("spam");
    expect((await read(stale.id, cookie)).body.report.status).toBe("pending");
  });
});
