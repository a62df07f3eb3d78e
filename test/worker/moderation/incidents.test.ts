import { describe, expect, it } from "vitest";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { call, createSession, createUser } from "../accounts";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";

type AuditPage = {
  items: {
    action: string;
    actor: { id: string };
    reason: string;
    before: { revision: number };
    after: { revision: number };
  }[];
};

async function moderatorCookie() {
  return createSession(await createUser("moderator"));
}

async function anIncident(overrides = {}) {
  const [input] = await createIncidents(incidentInput(freshTag(), overrides));
  return input as NonNullable<typeof input>;
}

function edit(id: string, cookie: string, ifMatch: string | undefined, body: unknown) {
  return call(`/api/moderation/incidents/${id}`, { method: "PATCH", cookie, ifMatch, body });
}

describe("GET /api/moderation/incidents/:id", () => {
  it("answers the incident with a strong ETag of its revision", async () => {
    const incident = await anIncident();
    const response = await call(`/api/moderation/incidents/${incident.id}`, {
      cookie: await moderatorCookie(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"r1"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ id: incident.id, revision: 1, status: "published" });
  });

  it("answers 404 with a problem for an unknown incident", async () => {
    const response = await call("/api/moderation/incidents/fr-2020-no-such-incident", {
      cookie: await moderatorCookie(),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      type: "/problems/not-found",
      title: "The resource does not exist.",
      status: 404,
      detail: "No incident has this id.",
      instance: "/api/moderation/incidents/fr-2020-no-such-incident",
    });
  });
});

describe("PATCH /api/moderation/incidents/:id", () => {
  it("answers 428 without If-Match and changes nothing", async () => {
    const incident = await anIncident();
    const response = await edit(incident.id, await moderatorCookie(), undefined, {
      changes: { individualsAffected: 10 },
      reason: "New count",
    });
    expect(response.status).toBe(428);
    expect(await response.json()).toMatchObject({ type: "/problems/precondition-required", status: 428 });
    expect((await getJson<PublicIncident>(`/api/incidents/${incident.id}`)).revision).toBe(1);
  });

  it("answers 428 to If-Match: *, which would match any revision", async () => {
    const incident = await anIncident();
    const response = await edit(incident.id, await moderatorCookie(), "*", {
      changes: { individualsAffected: 10 },
      reason: "New count",
    });
    expect(response.status).toBe(428);
  });

  it.each(['W/"r1"', '"r7"', '"r0"', "r1", '"v1"'])(
    "answers 412 to If-Match %s and changes nothing",
    async (tag) => {
      const incident = await anIncident();
      const response = await edit(incident.id, await moderatorCookie(), tag, {
        changes: { individualsAffected: 10 },
        reason: "New count",
      });
      expect(response.status).toBe(412);
      expect((await getJson<PublicIncident>(`/api/incidents/${incident.id}`)).individualsAffected).toBeNull();
    },
  );

  it("lets the first of two moderators who read revision 1 win, and answers 412 to the second", async () => {
    const incident = await anIncident();
    const [alice, bob] = [await moderatorCookie(), await moderatorCookie()];
    const first = await edit(incident.id, alice, '"r1"', {
      changes: { individualsAffected: 500 },
      reason: "First count",
    });
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('"r2"');
    const second = await edit(incident.id, bob, '"r1"', {
      changes: { individualsAffected: 9 },
      reason: "Other count",
    });
    expect(second.status).toBe(412);
    expect(await second.json()).toMatchObject({ type: "/problems/precondition-failed" });
    const stored = await getJson<PublicIncident>(`/api/incidents/${incident.id}`);
    expect([stored.revision, stored.individualsAffected]).toEqual([2, 500]);
  });

  it("lets exactly one of two simultaneous edits of the same revision through", async () => {
    const incident = await anIncident();
    const cookie = await moderatorCookie();
    const answers = await Promise.all(
      [111, 222].map((count) =>
        edit(incident.id, cookie, '"r1"', { changes: { individualsAffected: count }, reason: "Race" }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    expect((await getJson<PublicIncident>(`/api/incidents/${incident.id}`)).revision).toBe(2);
  });

  it("records the change, its reason and its source in the public history and the audit log", async () => {
    const incident = await anIncident();
    const moderator = await createUser("moderator");
    const cookie = await createSession(moderator);
    const response = await edit(incident.id, cookie, '"r1"', {
      changes: { individualsAffected: 500, verification: "reported" },
      reason: "The hospital's statement",
      sourceUrl: "https://hospital.example/statement",
    });
    expect(response.status).toBe(200);

    const stored = await getJson<PublicIncident>(`/api/incidents/${incident.id}`);
    expect(stored.revisions[0]).toMatchObject({
      revision: 2,
      reason: "The hospital's statement",
      sourceUrl: "https://hospital.example/statement",
      changes: [
        { field: "verification", from: "confirmed", to: "reported" },
        { field: "individualsAffected", from: null, to: 500 },
      ],
    });
    const admin = await createSession(await createUser("admin"));
    const audit = (await (
      await call(`/api/admin/audit?targetType=incident&targetId=${incident.id}`, { cookie: admin })
    ).json()) as AuditPage;
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      action: "incident.edit",
      actor: { id: moderator.id },
      reason: "The hospital's statement",
      before: { revision: 1, individualsAffected: null },
      after: { revision: 2, individualsAffected: 500 },
    });
  });

  it("refuses an invalid change with a 422 pointing into changes, and an unknown field", async () => {
    const incident = await anIncident();
    const response = await edit(incident.id, await moderatorCookie(), '"r1"', {
      changes: { individualsAffected: -3, colour: "red" },
      reason: "Typo",
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { pointer: string }[] };
    expect(body.errors.map((error) => error.pointer).sort()).toEqual([
      "/changes/colour",
      "/changes/individualsAffected",
    ]);
    expect((await getJson<PublicIncident>(`/api/incidents/${incident.id}`)).revision).toBe(1);
  });

  it("points at the body's own fields where the write layer refuses them, not into changes", async () => {
    const incident = await anIncident();
    const cookie = await moderatorCookie();
    const badSource = await edit(incident.id, cookie, '"r1"', {
      changes: { individualsAffected: 10 },
      reason: "New count",
      sourceUrl: "ftp://press.example/a",
    });
    expect(badSource.status).toBe(422);
    expect(await badSource.json()).toMatchObject({
      detail: expect.any(String),
      errors: [{ pointer: "/sourceUrl", detail: "Expected an http(s) URL." }],
    });
    const nothing = await edit(incident.id, cookie, '"r1"', { changes: {}, reason: "Nothing" });
    expect(nothing.status).toBe(422);
    const { errors } = (await nothing.json()) as { errors: { pointer: string }[] };
    expect(errors.map((e) => e.pointer)).toEqual(["/changes"]);
    expect((await getJson<PublicIncident>(`/api/incidents/${incident.id}`)).revision).toBe(1);
  });

  it("answers 404 for an unknown incident", async () => {
    const response = await edit("no-such-incident", await moderatorCookie(), '"r1"', {
      changes: { individualsAffected: 1 },
      reason: "x",
    });
    expect(response.status).toBe(404);
  });
});

describe("POST /api/moderation/incidents/:id/retract", () => {
  it("retracts with a reason that the public record keeps, then refuses a second retraction", async () => {
    const incident = await anIncident();
    const moderator = await createUser("moderator");
    const cookie = await createSession(moderator);
    const response = await call(`/api/moderation/incidents/${incident.id}/retract`, {
      cookie,
      ifMatch: '"r1"',
      body: { reason: "The source withdrew the story" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"r2"');
    const stored = await getJson<PublicIncident>(`/api/incidents/${incident.id}`);
    expect(stored).toMatchObject({ status: "retracted", retractionReason: "The source withdrew the story" });
    expect(stored.revisions[0]).toMatchObject({
      revision: 2,
      summary: "Retracted",
      reason: "The source withdrew the story",
    });
    const admin = await createSession(await createUser("admin"));
    const audit = (await (
      await call(`/api/admin/audit?targetType=incident&targetId=${incident.id}`, { cookie: admin })
    ).json()) as AuditPage;
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: "incident.retract",
        actor: { id: moderator.id, email: moderator.email },
        reason: "The source withdrew the story",
        before: expect.objectContaining({ revision: 1, status: "published" }),
        after: expect.objectContaining({ revision: 2, status: "retracted" }),
      }),
    ]);

    const again = await call(`/api/moderation/incidents/${incident.id}/retract`, {
      cookie,
      ifMatch: '"r2"',
      body: { reason: "Twice" },
    });
    expect(again.status).toBe(409);
  });

  it("requires a reason", async () => {
    const incident = await anIncident();
    const response = await call(`/api/moderation/incidents/${incident.id}/retract`, {
      cookie: await moderatorCookie(),
      ifMatch: '"r1"',
      body: {},
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: "/reason" }] });
  });
});

describe("GET /api/incidents/:id: revisions and key-figure history", () => {
  it("shows how the count of individuals affected grew, on which source, newest revision first", async () => {
    const incident = await anIncident({ individualsAffected: 500 });
    const cookie = await moderatorCookie();
    const steps = [
      [100_000_000, "https://news.example/100m"],
      [192_700_000, "https://regulator.example/192m"],
    ] as const;
    for (const [index, [count, sourceUrl]] of steps.entries()) {
      const response = await edit(incident.id, cookie, `"r${index + 1}"`, {
        changes: { individualsAffected: count },
        reason: `Count of ${count}`,
        sourceUrl,
      });
      expect(response.status).toBe(200);
    }
    // A change that cites no source keeps none: only the first revision falls back to the
    // source the incident was published on.
    const unsourced = await edit(incident.id, cookie, '"r3"', {
      changes: { individualsAffected: 192_800_000 },
      reason: "Count corrected by a typo fix",
    });
    expect(unsourced.status).toBe(200);
    const stored = await getJson<PublicIncident>(`/api/incidents/${incident.id}`);
    expect(stored.revisions.map((revision) => revision.revision)).toEqual([4, 3, 2, 1]);
    expect(stored.keyFigureHistory.individualsAffected).toEqual([
      expect.objectContaining({ revision: 1, value: 500, sourceUrl: incident.sources[0]?.url }),
      expect.objectContaining({ revision: 2, value: 100_000_000, sourceUrl: "https://news.example/100m" }),
      expect.objectContaining({
        revision: 3,
        value: 192_700_000,
        sourceUrl: "https://regulator.example/192m",
      }),
      expect.objectContaining({ revision: 4, value: 192_800_000, sourceUrl: null }),
    ]);
    expect(stored.keyFigureHistory.verification).toEqual([
      expect.objectContaining({ revision: 1, value: "confirmed" }),
    ]);
    expect(stored.keyFigureHistory.occurredOn).toEqual([
      expect.objectContaining({ revision: 1, value: "2022-03-15" }),
    ]);
    expect(JSON.stringify(stored.revisions)).not.toMatch(/snapshot|actor|usr_|@/);
  });
});
