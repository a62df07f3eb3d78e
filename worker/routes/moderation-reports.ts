/**
 * The moderation queue: `GET /api/moderation/reports?status=…`, one report with its possible
 * duplicates and its diff against the incident it would change (`GET …/:id`, with its ETag),
 * and bulk spam (`POST …/spam`). Decisions on one report are in report-decisions.ts.
 */
import { z } from "@hono/zod-openapi";
import { consoleRoute } from "../api/openapi-responses";
import { reportIdParams } from "../api/path-params";
import { single } from "../api/query-params";
import { readValidBody } from "../api/read-body";
import { decideOnly } from "../api/report-decision";
import { etagOf, loadReport } from "../api/report-precondition";
import { toProblem } from "../api/write-problem";
import type { Db } from "../db/client";
import { getIncident } from "../db/incident-queries";
import { listModerationReports, type ReportCursor } from "../db/reports/moderation-reports";
import { duplicatesOfReport } from "../db/reports/report-duplicates";
import { reportStatuses } from "../domain/enums";
import { decide } from "../domain/reports/report-decisions";
import { reportDiff } from "../domain/reports/report-diff";
import { ApiError } from "../lib/problem";
import { createRouter, type SignedInEnv } from "../lib/router";

const cursor = z.string().transform((value, ctx) => {
  const position = queuePosition(value);
  if (!position) {
    ctx.addIssue({ code: "custom", message: "Use the nextCursor of a previous page." });
    return z.NEVER;
  }
  return position;
});

/** Where a queue cursor (base64 of `[createdAt, id]`) points, or null when this route did not make it. */
function queuePosition(value: string): ReportCursor | null {
  try {
    const pair: unknown = JSON.parse(atob(value));
    if (Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string") {
      return { createdAt: pair[0], id: pair[1] };
    }
  } catch {
    // Not base64, or not JSON: refused as any other cursor this route did not make.
  }
  return null;
}

const queueQuery = z.strictObject({
  status: single(z.enum(reportStatuses.keys)).optional(),
  limit: single(
    z
      .string()
      .regex(/^\d{1,3}$/, "Expected a whole number.")
      .transform(Number)
      .pipe(z.number().min(1).max(100)),
  ).optional(),
  cursor: single(cursor).optional(),
});

const bulkSpamBody = z.strictObject({
  reports: z
    .array(z.strictObject({ id: z.string().max(40), etag: z.string().max(40) }))
    .min(1)
    .max(100),
});

export const moderationReportRoutes = createRouter<SignedInEnv>()
  .openapi(
    consoleRoute({ method: "get", path: "/", request: { query: queueQuery } }),
    async function listQueue(c) {
      const { status = "pending", limit = 50, cursor: after } = c.req.valid("query");
      const page = await listModerationReports(c.var.db, { status, limit, after: after ?? null });
      const last = page.items.at(-1);
      return c.json({
        // The queue shows no draft and no contact: those are for the report's own page.
        items: page.items.map(({ payload: _payload, contactEmail: _email, ...report }) => ({
          ...report,
          etag: etagOf(report),
        })),
        nextCursor: page.hasMore && last ? btoa(JSON.stringify([last.createdAt, last.id])) : null,
      });
    },
  )
  .openapi(consoleRoute({ method: "post", path: "/spam" }), async function markManyAsSpam(c) {
    const { reports } = await readValidBody(c, bulkSpamBody);
    const db = c.var.db;
    const results = [];
    for (const item of reports) results.push({ id: item.id, ...(await spamOne(db, item, c.var.user.id)) });
    return c.json({ results });
  })
  .openapi(
    consoleRoute({ method: "get", path: "/{id}", request: { params: reportIdParams } }),
    async function readReport(c) {
      const db = c.var.db;
      const report = await loadReport(db, c.req.valid("param").id);
      const target = report.incidentId ? await getIncident(db, report.incidentId) : null;
      const duplicates = await duplicatesOfReport(db, report.payload, report.incidentId);
      c.header("etag", etagOf(report));
      return c.json({
        report,
        duplicates,
        target,
        diff: reportDiff(report.payload, target as Record<string, unknown> | null),
      });
    },
  );

/**
 * One report of a bulk spam decision: each is decided on its own, so that one stale or already
 * decided report does not hold back the others; the answer says what became of each.
 */
async function spamOne(db: Db, item: { id: string; etag: string }, actorId: string) {
  try {
    const report = await loadReport(db, item.id);
    if (item.etag !== etagOf(report)) return { status: 412 };
    const to = decide(report, "spam");
    await decideOnly(db, report, "spam", actorId, { to, reason: null, resultingIncidentId: null });
    return { status: 200 };
  } catch (error) {
    const problem = toProblem(error);
    if (problem instanceof ApiError) return { status: problem.status };
    throw error;
  }
}
