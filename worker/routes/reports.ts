import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { limitBody, REPORT_BODY_LIMIT, readJsonBody } from "../api/json-body";
import { jsonAnswer, problems } from "../api/openapi-responses";
import { reportIdParams } from "../api/path-params";
import { refusePersonalData } from "../api/personal-data";
import { refuseUnknownCommune } from "../api/report-commune";
import {
  hashClientIp,
  isHoneypotFilled,
  readIdempotencyKey,
  statusToken,
  statusUrl,
} from "../api/report-intake";
import { reportAcceptedSchema, reportStatusResponseSchema } from "../api/response-schemas";
import type { ReportAccepted, ReportStatusResponse } from "../api/responses";
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
import { type AppEnv, createRouter } from "../lib/router";
import { newReportId, randomToken, sameDigest, sha256Hex } from "../lib/secrets";
import { verifyTurnstile } from "../lib/turnstile";
import { parseOrThrow } from "../lib/validation";

type Ctx = Context<AppEnv>;

/** Matches `limit`/`period` of REPORTS_RATE_LIMITER in wrangler.toml. */
const RATE_LIMIT_PERIOD_SECONDS = 60;
const noStore = { "cache-control": "no-store" };

/**
 * The body is read by the handler, not by the route's validator: its order is part of the
 * contract (413 before parsing, 415, the honeypot before the schema, 422 with pointers), so the
 * route declares the same zod schema as JSON Schema, for the document only.
 */
const reportBodySchema = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(reportInput, {
    io: "input",
    unrepresentable: "any",
  });
  // A JSON Schema object (2020-12, OpenAPI 3.1's dialect), typed as the document's schema type.
  return schema as { type: "object" };
})();

const submitRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Report a new incident or a correction (moderated before it is published)",
  middleware: [limitBody(REPORT_BODY_LIMIT)] as const,
  request: {
    headers: z.object({
      "idempotency-key": z.string().optional().openapi({
        description: "1–255 visible ASCII characters; a retry with the same key and body is answered once.",
      }),
    }),
    body: { required: true, content: { "application/json": { schema: reportBodySchema } } },
  },
  responses: {
    202: jsonAnswer("The report is queued for moderation.", reportAcceptedSchema),
    ...problems(
      "invalid_parameters",
      "malformed_body",
      "payload_too_large",
      "unsupported_media_type",
      "unprocessable_content",
      "rate_limited",
      "service_unavailable",
    ),
  },
});

const statusRoute = createRoute({
  method: "get",
  path: "/{id}/status",
  summary: "A report's fate, for its contributor",
  description: "With `Authorization: Bearer <token>`, the token from the status URL's fragment.",
  request: { params: reportIdParams },
  responses: {
    200: jsonAnswer("The outcome, never who decided it.", reportStatusResponseSchema),
    ...problems("invalid_parameters", "not_found"),
  },
});

/** Report intake (`POST /api/reports`) and the contributor's status (`GET /api/reports/:id/status`). */
export const reportRoutes = createRouter()
  .openapi(submitRoute, async function submitReport(c) {
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
    const db = c.var.db;
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
  .openapi(statusRoute, async function showReportStatus(c) {
    const token = /^Bearer ([\x21-\x7e]{1,512})$/.exec(c.req.header("authorization") ?? "")?.[1];
    const { id } = c.req.valid("param");
    // One answer for an unknown id and a wrong token: the id alone reveals nothing.
    const notFound = new ApiError("not_found", "No report matches this id and token.");
    if (!token) throw notFound;
    const report = await findReportStatus(c.var.db, id);
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
