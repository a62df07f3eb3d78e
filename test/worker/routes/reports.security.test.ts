import { afterEach, describe, expect, it, vi } from "vitest";
import {
  TURNSTILE_OUTAGE_SECRET,
  TURNSTILE_REMOTEIP_SECRET,
  TURNSTILE_TEST_SECRETS,
} from "../../support/fake-siteverify";
import { freshTag } from "../factories";
import { countReports, freshIp, parseStatusUrl, postReport, reportBody } from "../reports-support";
import { request } from "../request";

const botCheckFailed = {
  type: "/problems/unprocessable-content",
  title: "The request body is invalid.",
  status: 422,
  detail: "The bot check failed. Reload the form and try again.",
  instance: "/api/reports",
  errors: [
    { pointer: "/turnstileToken", detail: "The bot check failed or expired. Reload the form and try again." },
  ],
};

describe("POST /api/reports: Turnstile", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stores a report whose token siteverify accepts", async () => {
    const tag = freshTag();
    const response = await postReport(reportBody(tag), {
      env: { TURNSTILE_SECRET: TURNSTILE_TEST_SECRETS.passes },
    });
    expect(response.status).toBe(202);
    expect(await countReports(tag)).toBe(1);
  });

  it("refuses a token siteverify rejects, or one already spent, with 422 on /turnstileToken, storing nothing", async () => {
    const tag = freshTag();
    for (const secret of [TURNSTILE_TEST_SECRETS.fails, TURNSTILE_TEST_SECRETS.spent]) {
      const response = await postReport(reportBody(tag), { env: { TURNSTILE_SECRET: secret } });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual(botCheckFailed);
    }
    expect(await countReports(tag)).toBe(0);
  });

  it("refuses a report without a token, storing nothing", async () => {
    const tag = freshTag();
    const { turnstileToken: _token, ...body } = reportBody(tag);
    const response = await postReport(body);
    expect(await response.json()).toEqual({
      ...botCheckFailed,
      detail: "Complete the bot check.",
      errors: [{ pointer: "/turnstileToken", detail: "Complete the bot check." }],
    });
    expect(await countReports(tag)).toBe(0);
  });

  it("sends siteverify the client's address as remoteip", async () => {
    const tag = freshTag();
    const ip = freshIp();
    const secret = `${TURNSTILE_REMOTEIP_SECRET}${ip}`;
    const other = await postReport(reportBody(tag), { ip: freshIp(), env: { TURNSTILE_SECRET: secret } });
    expect(other.status).toBe(422);
    const own = await postReport(reportBody(tag), { ip, env: { TURNSTILE_SECRET: secret } });
    expect(own.status).toBe(202);
    expect(await countReports(tag)).toBe(1);
  });

  it("answers 503 when siteverify fails, rather than accepting an unverified report", async () => {
    const tag = freshTag();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await postReport(reportBody(tag), {
      env: { TURNSTILE_SECRET: TURNSTILE_OUTAGE_SECRET },
    });
    // The fake answers 500 with a text body: refused on its status, before any parsing.
    expect(logged.mock.calls).toEqual([["Turnstile siteverify failed: Error"]]);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      type: "/problems/service-unavailable",
      title: "The service is not available.",
      status: 503,
      detail: "The bot check could not be completed. Try again in a moment.",
      instance: "/api/reports",
    });
    expect(await countReports(tag)).toBe(0);
  });

  it("answers 503 naming TURNSTILE_SECRET when it is not set and the check is not turned off", async () => {
    const tag = freshTag();
    const response = await postReport(reportBody(tag), { env: { TURNSTILE_SECRET: undefined } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      type: "/problems/service-unavailable",
      title: "The service is not available.",
      status: 503,
      detail:
        "Report intake is not configured: set TURNSTILE_SECRET (or TURNSTILE_MODE=off, for local development only).",
      instance: "/api/reports",
    });
    expect(await countReports(tag)).toBe(0);
  });

  it("answers 503 naming IP_HASH_SALT when it is not set: no unsalted IP hash is ever stored", async () => {
    const response = await postReport(reportBody(freshTag()), { env: { IP_HASH_SALT: undefined } });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      detail:
        "Report intake is not configured: set IP_HASH_SALT (or TURNSTILE_MODE=off, for local development only).",
    });
  });

  it("skips the check only when TURNSTILE_MODE=off says so, as local development does", async () => {
    const tag = freshTag();
    const { turnstileToken: _token, ...body } = reportBody(tag);
    const response = await postReport(body, { env: { TURNSTILE_MODE: "off", TURNSTILE_SECRET: undefined } });
    expect(response.status).toBe(202);
    expect(await countReports(tag)).toBe(1);
  });
});

describe("POST /api/reports: honeypot and rate limit", () => {
  it("stores a report whose honeypot the form sent empty, as people leave it", async () => {
    const tag = freshTag();
    expect((await postReport(reportBody(tag, { website: "" }))).status).toBe(202);
    expect(await countReports(tag)).toBe(1);
  });

  it("answers a filled honeypot with the same 202 as a real report, and stores nothing", async () => {
    const tag = freshTag();
    const response = await postReport(reportBody(tag, { website: "https://spam.example" }));
    expect(response.status).toBe(202);
    const body = (await response.json()) as { id: string; status: string; statusUrl: string };
    expect(Object.keys(body).sort()).toEqual(["id", "status", "statusUrl"]);
    expect(body.status).toBe("pending");
    const { id, token } = parseStatusUrl(body.statusUrl);
    expect(id).toBe(body.id);
    expect(await countReports(tag)).toBe(0);
    const status = await request(`/api/reports/${id}/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(status.status).toBe(404);
  });

  it("lets 5 reports a minute through from one address, answers the 6th 429 with Retry-After, and others still pass", async () => {
    const tag = freshTag();
    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) expect((await postReport(reportBody(tag), { ip })).status).toBe(202);
    const sixth = await postReport(reportBody(tag), { ip });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("retry-after")).toBe("60");
    expect(await sixth.json()).toEqual({
      type: "/problems/rate-limited",
      title: "Too many requests.",
      status: 429,
      detail: "Too many reports from your network. Try again in a minute.",
      instance: "/api/reports",
    });
    expect(await countReports(tag)).toBe(5);
    expect((await postReport(reportBody(tag), { ip: freshIp() })).status).toBe(202);
  });
});

describe("contributor privacy", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never shows a planted contactEmail, nor the IP hash, in a public response or the log", async () => {
    const logged: unknown[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args) => void logged.push(...args));
    }
    const tag = freshTag();
    const planted = `planted.${tag}@contributor.example`;
    const accepted = await postReport(
      reportBody(tag, { contactEmail: planted, creditName: `Credit ${tag}` }),
    );
    const acceptedText = await accepted.text();
    const { id, token } = parseStatusUrl(JSON.parse(acceptedText).statusUrl);
    // A refused report (personal data elsewhere) and a malformed one must not log it either.
    await postReport(reportBody(tag, { contactEmail: planted, creditName: "call 06 12 34 56 78" }));
    await postReport(null, { raw: `{"contactEmail": "${planted}"` });

    const publicPaths = [
      `/api/reports/${id}/status`,
      "/api/incidents?limit=200",
      `/api/incidents?q=${tag}`,
      "/api/map?zoom=2",
      "/api/stats?by=country",
      "/api/stats?by=month",
      "/api/regions",
      "/api/regions/FR",
      "/api/meta",
    ];
    const texts = [acceptedText];
    for (const path of publicPaths) {
      const response = await request(path, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, path).toBe(200);
      texts.push(await response.text());
    }
    for (const text of [...texts, JSON.stringify(logged)]) {
      expect(text).not.toContain(planted);
      expect(text).not.toContain(tag.slice(3));
      expect(text).not.toMatch(/ipHash|ip_hash|contactEmail|contact_email|[0-9a-f]{64}/);
    }
  });
});
