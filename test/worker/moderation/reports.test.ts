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

type AuditItem = {
  action: string;
  actor: { id: string; email: string } | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The audit rows of one target, newest first, as an admin reads them. */
async function auditOf(targetType: "report" | "incident", targetId: string): Promise<AuditItem[]> {
  const admin = await createSession(await createUser("admin"));
  const response = await call(`/api/admin/audit?targetType=${targetType}&targetId=${targetId}`, {
    cookie: admin,
  });
  return ((await response.json()) as { items: AuditItem[] }).items;
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

  it.each([
    ["no base64", "not base64!"],
    ["base64 of no JSON", btoa("not json")],
    ["a JSON object", btoa("{}")],
    ["JSON null", btoa("null")],
    ["a pair without its id", btoa(JSON.stringify(["2026-01-01T00:00:00.000Z"]))],
    ["a pair whose date is a number", btoa(JSON.stringify([20260101, "rpt_x"]))],
    ["a pair whose id is a number", btoa(JSON.stringify(["2026-01-01T00:00:00.000Z", 7]))],
    [
      "an object with the keys of a pair",
      btoa(JSON.stringify({ 0: "2026-01-01T00:00:00.000Z", 1: "rpt_x" })),
    ],
  ])("refuses a cursor it did not make (%s) with 400 at /cursor", async (_, cursor) => {
    const { cookie } = await moderator();
    const response = await call(`/api/moderation/reports?cursor=${encodeURIComponent(cursor)}`, { cookie });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: "/problems/invalid-parameters",
      status: 400,
      errors: [{ pointer: "/cursor", detail: "Use the nextCursor of a previous page." }],
    });
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
        after: expect.objectContaining({ status: "published", resultingIncidentId: incidentId, version: 2 }),
      }),
    ]);
    expect(await auditOf("incident", incidentId)).toEqual([
      expect.objectContaining({
        action: "incident.publish",
        actor: { id: user.id, email: user.email },
        reason: `From report ${report.id}`,
        before: null,
        after: expect.objectContaining({ id: incidentId, revision: 1 }),
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

  it("points a place the write layer refuses into the overrides, and publishes nothing", async () => {
    const { cookie } = await moderator();
    const tag = freshTag();
    const report = await createReport({ tag });
    const response = await decide(report.id, "publish", cookie, '"v1"', { incident: { inseeCode: "19999" } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      type: "/problems/unprocessable-content",
      title: "The request body is invalid.",
      status: 422,
      detail: "Check these fields: inseeCode.",
      instance: `/api/moderation/reports/${report.id}/publish`,
      errors: [
        { pointer: "/incident/inseeCode", detail: "No commune of a French département has this INSEE code." },
      ],
    });
    expect((await getJson<{ items: unknown[] }>(`/api/incidents?q=${tag}`)).items).toEqual([]);
    expect((await read(report.id, cookie)).body.report.status).toBe("pending");
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
    const { user, cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag(), { individualsAffected: 500 }));
    const payload = { ...target, individualsAffected: 900, threatActor: "LockBit", id: undefined };
    const report = await createReport({ incidentId: target?.id, payload });
    const response = await decide(report.id, "apply", cookie, '"v1-r1"', { fields: ["individualsAffected"] });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"v2-r2"');
    expect(await response.json()).toEqual({
      incidentId: target?.id,
      changes: [{ field: "individualsAffected", from: 500, to: 900 }],
      report: expect.objectContaining({
        id: report.id,
        status: "applied",
        version: 2,
        resultingIncidentId: target?.id,
      }),
    });
    expect(await auditOf("incident", target?.id ?? "")).toEqual([
      expect.objectContaining({
        action: "incident.apply",
        actor: { id: user.id, email: user.email },
        reason: `From report ${report.id}`,
        before: expect.objectContaining({ revision: 1, individualsAffected: 500 }),
        after: expect.objectContaining({ revision: 2, individualsAffected: 900 }),
      }),
    ]);
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

  it("refuses a field the report does not have, and its id even when it carries one, changing nothing", async () => {
    const { cookie } = await moderator();
    const [target] = await createIncidents(incidentInput(freshTag()));
    const withId = { ...target, id: "fr-2020-someone-else" };
    const report = await createReport({ incidentId: target?.id, payload: withId });
    const response = await decide(report.id, "apply", cookie, '"v1-r1"', {
      fields: ["title", "id", "owner"],
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      type: "/problems/unprocessable-content",
      title: "The request body is invalid.",
      status: 422,
      detail: "Choose fields of the report.",
      instance: `/api/moderation/reports/${report.id}/apply`,
      errors: [
        { pointer: "/fields/1", detail: "Not a field of the report." },
        { pointer: "/fields/2", detail: "Not a field of the report." },
      ],
    });
    expect((await getJson<PublicIncident>(`/api/incidents/${target?.id}`)).revision).toBe(1);
    expect((await read(report.id, cookie)).body.report.status).toBe("pending");
  });

  it("answers 409 to a correction of an incident that no longer exists, naming it", async () => {
    const { cookie } = await moderator();
    const gone = `fr-2020-gone-${freshTag()}`;
    const report = await createReport({ incidentId: gone });
    const { etag } = await read(report.id, cookie);
    expect(etag).toBe('"v1"');
    const response = await decide(report.id, "apply", cookie, etag);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      type: "/problems/conflict",
      detail: `The incident this report corrects (${gone}) no longer exists.`,
    });
    expect((await read(report.id, cookie)).body.report.status).toBe("pending");
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
      report: {
        status: "merged",
        resultingIncidentId: existing?.id,
        decisionReason: `Duplicate of ${existing?.id}`,
      },
    });
  });

  it.each([
    ["an unknown incident", async () => "no-such-incident"],
    [
      "a retracted incident",
      async () => {
        const [incident] = await createIncidents(incidentInput(freshTag()));
        const retracted = await call(`/api/moderation/incidents/${incident?.id}/retract`, {
          cookie: (await moderator()).cookie,
          ifMatch: '"r1"',
          body: { reason: "Withdrawn" },
        });
        expect(retracted.status).toBe(200);
        return incident?.id ?? "";
      },
    ],
  ])(
    "refuses to merge into %s, pointing at duplicateOf, and leaves the report pending",
    async (_, target) => {
      const { cookie } = await moderator();
      const duplicateOf = await target();
      const report = await createReport();
      const refused = await decide(report.id, "merge", cookie, '"v1"', { duplicateOf });
      expect(refused.status).toBe(422);
      expect(await refused.json()).toEqual({
        type: "/problems/unprocessable-content",
        title: "The request body is invalid.",
        status: 422,
        detail: "Merge into a published incident.",
        instance: `/api/moderation/reports/${report.id}/merge`,
        errors: [{ pointer: "/duplicateOf", detail: "No published incident has this id." }],
      });
      expect((await read(report.id, cookie)).body.report.status).toBe("pending");
    },
  );

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
