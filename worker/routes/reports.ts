import type { Context } from "hono";
import { Hono } from "hono";
import { limitBody, REPORT_BODY_LIMIT, readJsonBody } from "../api/json-body";
import { refusePersonalData } from "../api/personal-data";
import { refuseUnknownCommune } from "../api/report-commune";
import {
  hashClientIp,
  isHoneypotFilled,
  readIdempotencyKey,
  statusToken,
  statusUrl,
} from "../api/report-intake";
import type { ReportAccepted, ReportStatusResponse } from "../api/responses";
import { getDb } from "../db/client";
import { findReportStatus, isPublishedIncident } from "../db/reports/report-status";
import {
  findByIdempotencyKey,
  type Idempotency,
  type StoreOutcome,
  storeReport,
} from "../db/reports/store-report";
import { reportInput, storedPart } from "../domain/report-input";
import { readIntakeSettings } from "../lib/intake-settings";
import { ApiError, problemResponse } from "../lib/problem";
import { newReportId, randomToken, sameDigest, sha256Hex } from "../lib/secrets";
import { verifyTurnstile } from "../lib/turnstile";
import { parseOrThrow } from "../lib/validation";

type Ctx = Context<{ Bindings: Env }>;

/** Matches `limit`/`period` of REPORTS_RATE_LIMITER in wrangler.toml. */
const RATE_LIMIT_PERIOD_SECONDS = 60;
const noStore = { "cache-control": "no-store" };

/** Report intake (`POST /api/reports`) and the contributor's status (`GET /api/reports/:id/status`). */
export const reportRoutes = new Hono<{ Bindings: Env }>()
  .post("/", limitBody(REPORT_BODY_LIMIT), async function submitReport(c) {
    const settings = readIntakeSettings(c.env);
    const ip = c.req.header("cf-connecting-ip") ?? null;
    const ipHash = await hashClientIp(settings.ipHashSalt, ip);
    const limited = c.env.RATE_LIMIT_MODE !== "off";
    if (limited && !(await c.env.REPORTS_RATE_LIMITER.limit({ key: ipHash })).success) return rateLimited(c);
    const idempotencyKey = readIdempotencyKey(c.req.header("idempotency-key"));

    const body = await readJsonBody(c.req.raw);
    // Same answer as a real report, so that a robot learns nothing; nothing is stored.
    if (isHoneypotFilled(body)) return accepted(c, newReportId(), randomToken());
    const report = parseOrThrow(reportInput, body, "unprocessable_content");
    const stored = storedPart(report);
    refusePersonalData(stored, ["/contactEmail"]);
    await refuseUnknownCommune(stored.incident, c.env.ASSETS);
    const db = getDb(c.env);
    if (report.incidentId && !(await isPublishedIncident(db, report.incidentId))) {
      throw new ApiError("unprocessable_content", "Check these fields: incidentId.", [
        { pointer: "/incidentId", detail: "No published incident has this id." },
      ]);
    }

    const idempotency: Idempotency | undefined = idempotencyKey
      ? { keyHash: await sha256Hex(idempotencyKey), bodyHash: await sha256Hex(JSON.stringify(stored)) }
      : undefined;
    const earlier = idempotency && (await findByIdempotencyKey(db, idempotency));
    if (earlier) return answer(c, earlier, idempotencyKey);

    if (settings.turnstile.mode === "on")
      await verifyTurnstile(settings.turnstile.secret, report.turnstileToken, ip);
    const id = newReportId();
    const token = await statusToken(id, idempotencyKey);
    const outcome = await storeReport(
      db,
      {
        id,
        kind: stored.incidentId ? "correction" : "new",
        incidentId: stored.incidentId ?? null,
        payload: stored.incident,
        creditName: stored.creditName ?? null,
        contactEmail: stored.contactEmail ?? null,
        contributorRole: stored.contributorRole,
        ipHash,
        statusTokenHash: await sha256Hex(token),
      },
      idempotency,
    );
    return outcome.kind === "stored" ? accepted(c, id, token) : answer(c, outcome, idempotencyKey);
  })
  .get("/:id/status", async function showReportStatus(c) {
    const token = /^Bearer ([\x21-\x7e]{1,512})$/.exec(c.req.header("authorization") ?? "")?.[1];
    const id = c.req.param("id");
    // One answer for an unknown id and a wrong token: the id alone reveals nothing.
    const notFound = new ApiError("not_found", "No report matches this id and token.");
    if (!token || !/^rpt_[0-9a-f]{24}$/.test(id)) throw notFound;
    const report = await findReportStatus(getDb(c.env), id);
    if (!report || !sameDigest(await sha256Hex(token), report.statusTokenHash)) throw notFound;
    const body: ReportStatusResponse = {
      id: report.id,
      kind: report.kind,
      status: report.status,
      incidentId: report.resultingIncidentId ?? report.incidentId,
      reason: report.decisionReason,
      submittedAt: report.createdAt,
      decidedAt: report.decidedAt,
    };
    return c.json(body, 200, noStore);
  });

/** The answer to a submission that an earlier one with the same `Idempotency-Key` settled. */
async function answer(c: Ctx, outcome: StoreOutcome, idempotencyKey: string | null): Promise<Response> {
  if (outcome.kind === "key_reused") {
    throw new ApiError(
      "unprocessable_content",
      "This Idempotency-Key was sent with another report. Use a new key for a new report.",
    );
  }
  return accepted(c, outcome.reportId, await statusToken(outcome.reportId, idempotencyKey));
}

function accepted(c: Ctx, id: string, token: string): Response {
  const body: ReportAccepted = { id, status: "pending", statusUrl: statusUrl(id, token) };
  return c.json(body, 202, noStore);
}

function rateLimited(c: Ctx): Response {
  const response = problemResponse(
    new ApiError("rate_limited", "Too many reports from your network. Try again in a minute."),
    new URL(c.req.url).pathname,
  );
  response.headers.set("retry-after", String(RATE_LIMIT_PERIOD_SECONDS));
  return response;
}
