import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { incidents } from "../../../worker/db/schema";
import { call, createSession, createUser } from "../accounts";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { createReport } from "../moderation/report-factory";
import { request } from "../request";

async function problemOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { type: string; detail: string }) };
}

async function cookieOf(role: "moderator" | "admin") {
  return createSession(await createUser(role));
}

describe("the role check", () => {
  it("answers 401 'Sign in to continue.' without a session, and 403 naming the role it needs", async () => {
    expect(await problemOf(await call("/api/moderation/reports"))).toMatchObject({
      status: 401,
      type: "/problems/unauthorized",
      detail: "Sign in to continue.",
    });
    const moderator = await cookieOf("moderator");
    expect(await problemOf(await call("/api/admin/users", { cookie: moderator }))).toMatchObject({
      status: 403,
      type: "/problems/forbidden",
      detail: "This needs the admin role.",
    });
    expect((await call("/api/moderation/reports", { cookie: await cookieOf("admin") })).status).toBe(200);
  });
});

describe("the same-origin check", () => {
  it("lets GET, HEAD and OPTIONS through without Origin, and refuses any other method", async () => {
    const cookie = await cookieOf("moderator");
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      const response = await request("/api/auth/me", { method, headers: { cookie } });
      expect(response.status, method).not.toBe(403);
    }
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await request("/api/auth/logout", { method, headers: { cookie } });
      expect(await problemOf(response)).toMatchObject({
        status: 403,
        type: "/problems/forbidden",
        detail: "This request must come from the application's own pages.",
      });
    }
  });

  it("refuses an Origin that differs only by scheme or port", async () => {
    const cookie = await cookieOf("moderator");
    for (const origin of ["http://healthbreach.test", "https://healthbreach.test:8443"]) {
      const response = await call("/api/auth/logout", { method: "POST", cookie, origin });
      expect(response.status, origin).toBe(403);
    }
    expect((await call("/api/auth/logout", { method: "POST", cookie })).status).toBe(204);
  });
});

describe("If-Match on moderation writes", () => {
  function edit(id: string, cookie: string, ifMatch: string | undefined) {
    return call(`/api/moderation/incidents/${id}`, {
      method: "PATCH",
      cookie,
      ifMatch,
      body: { changes: { individualsAffected: 4321 }, reason: "Second statement" },
    });
  }

  it("answers 428 with what to send, and 412 with what to do, word for word", async () => {
    const [incident] = await createIncidents(incidentInput(freshTag()));
    const cookie = await cookieOf("moderator");
    expect(await problemOf(await edit(incident?.id ?? "", cookie, undefined))).toMatchObject({
      status: 428,
      type: "/problems/precondition-required",
      detail:
        "Send If-Match with the ETag of the version you read, so that no one else's change is overwritten.",
    });
    expect(await problemOf(await edit(incident?.id ?? "", cookie, '"x"'))).toMatchObject({
      status: 412,
      type: "/problems/precondition-failed",
      detail: "Someone changed this since you read it. Read it again and redo your change.",
    });
  });

  it("reads the incident ETag with spaces around it, and refuses a weak, unquoted or padded one", async () => {
    const [incident] = await createIncidents(incidentInput(freshTag()));
    const cookie = await cookieOf("moderator");
    for (const tag of ['W/"r1"', "r1", '"r01x"', 'x"r1"', '"r1"x', '"r1234567890"']) {
      expect((await edit(incident?.id ?? "", cookie, tag)).status, tag).toBe(412);
    }
    const response = await edit(incident?.id ?? "", cookie, '  "r1"  ');
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"r2"');
  });

  it("reads a revision of several digits from the incident ETag", async () => {
    const [incident] = await createIncidents(incidentInput(freshTag()));
    const id = incident?.id ?? "";
    await getDb(env).update(incidents).set({ revision: 10 }).where(eq(incidents.id, id));
    const response = await edit(id, await cookieOf("moderator"), '"r10"');
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"r11"');
  });

  it("matches a report's ETag anywhere in a list, spaces around, and refuses a weak one", async () => {
    const cookie = await cookieOf("moderator");
    const { id } = await createReport();
    const reject = (ifMatch: string) =>
      call(`/api/moderation/reports/${id}/reject`, { cookie, ifMatch, body: { reason: "Not health" } });
    expect((await reject('W/"v1"')).status).toBe(412);
    expect((await reject('"v2", "v0"')).status).toBe(412);
    expect((await reject('"v0",  "v1" ')).status).toBe(200);
  });

  it("refuses as malformed (400) a report id that only contains a valid one", async () => {
    const cookie = await cookieOf("moderator");
    const { id } = await createReport();
    expect((await call(`/api/moderation/reports/${id}`, { cookie })).status).toBe(200);
    for (const wrong of [`x${id}`, `${id}0`, id.toUpperCase()]) {
      expect(await problemOf(await call(`/api/moderation/reports/${wrong}`, { cookie }))).toMatchObject({
        status: 400,
        detail: "Check these fields: id.",
      });
    }
  });
});
