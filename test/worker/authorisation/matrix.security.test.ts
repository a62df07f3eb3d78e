/**
 * The authorisation matrix: every endpoint that is not public, called by five callers. Each
 * request is one an authorised caller gets a known answer to without changing anything (an
 * unknown id, a missing If-Match, an invalid body), so the cells are independent.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../worker/app";
import { call, createSession, createUser } from "../accounts";
import { endpointsOf, publicEndpoints } from "./routes";

const unknownReport = "rpt_000000000000000000000000";
const unknownUser = "usr_00000000000000000000000000000000";

/** Per endpoint: the request, and the status of a caller whose role allows it. */
const samples: Record<string, { path: string; body?: unknown; allowed: number }> = {
  "GET /api/moderation/reports": { path: "/api/moderation/reports?status=pending", allowed: 200 },
  "POST /api/moderation/reports/spam": {
    path: "/api/moderation/reports/spam",
    body: { reports: [{ id: unknownReport, etag: '"v1"' }] },
    allowed: 200,
  },
  "GET /api/moderation/reports/:id": { path: `/api/moderation/reports/${unknownReport}`, allowed: 404 },
  "POST /api/moderation/reports/:id/publish": {
    path: `/api/moderation/reports/${unknownReport}/publish`,
    body: {},
    allowed: 404,
  },
  "POST /api/moderation/reports/:id/apply": {
    path: `/api/moderation/reports/${unknownReport}/apply`,
    body: {},
    allowed: 404,
  },
  "POST /api/moderation/reports/:id/merge": {
    path: `/api/moderation/reports/${unknownReport}/merge`,
    body: {},
    allowed: 404,
  },
  "POST /api/moderation/reports/:id/reject": {
    path: `/api/moderation/reports/${unknownReport}/reject`,
    body: {},
    allowed: 404,
  },
  "POST /api/moderation/reports/:id/spam": {
    path: `/api/moderation/reports/${unknownReport}/spam`,
    body: {},
    allowed: 404,
  },
  "GET /api/moderation/incidents/:id": { path: "/api/moderation/incidents/no-such-incident", allowed: 404 },
  "PATCH /api/moderation/incidents/:id": {
    path: "/api/moderation/incidents/no-such-incident",
    body: { changes: {}, reason: "x" },
    allowed: 428,
  },
  "POST /api/moderation/incidents/:id/retract": {
    path: "/api/moderation/incidents/no-such-incident/retract",
    body: { reason: "x" },
    allowed: 428,
  },
  "GET /api/admin/users": { path: "/api/admin/users", allowed: 200 },
  "POST /api/admin/users": {
    path: "/api/admin/users",
    body: { email: "not an address", role: "moderator" },
    allowed: 422,
  },
  "POST /api/admin/users/:id/disable": {
    path: `/api/admin/users/${unknownUser}/disable`,
    body: {},
    allowed: 404,
  },
  "POST /api/admin/users/:id/enable": {
    path: `/api/admin/users/${unknownUser}/enable`,
    body: {},
    allowed: 404,
  },
  "GET /api/admin/audit": { path: "/api/admin/audit", allowed: 200 },
};

const callers = ["anonymous", "expired session", "disabled user", "moderator", "admin"] as const;
type Caller = (typeof callers)[number];

function expected(endpoint: string, caller: Caller): number {
  if (caller === "anonymous" || caller === "expired session" || caller === "disabled user") return 401;
  const adminOnly = endpoint.includes(" /api/admin/");
  if (caller === "moderator" && adminOnly) return 403;
  return samples[endpoint]?.allowed ?? -1;
}

const nonPublic = endpointsOf(createApp()).filter((endpoint) => !publicEndpoints.has(endpoint));

describe("the authorisation matrix", () => {
  const cookies = {} as Record<Caller, string | undefined>;
  beforeAll(async () => {
    const moderator = await createUser("moderator");
    cookies.anonymous = undefined;
    cookies["expired session"] = await createSession(moderator, { expired: true });
    // A disabled admin, with a session that outlived the disabling: still refused.
    cookies["disabled user"] = await createSession(await createUser("admin", { disabled: true }));
    cookies.moderator = await createSession(moderator);
    cookies.admin = await createSession(await createUser("admin"));
  });

  it("has a request for every endpoint that is not public, and none for an endpoint that is gone", () => {
    expect(Object.keys(samples).sort()).toEqual([...nonPublic].sort());
  });

  describe.each(nonPublic)("%s", (endpoint) => {
    it.each(callers)("answers the %s as expected", async (caller) => {
      const sample = samples[endpoint];
      if (!sample) throw new Error(`No sample request for ${endpoint}`);
      const method = endpoint.split(" ")[0] as string;
      const response = await call(sample.path, { method, cookie: cookies[caller], body: sample.body });
      expect(response.status).toBe(expected(endpoint, caller));
      if (response.status === 401 || response.status === 403) {
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      }
    });
  });
});
