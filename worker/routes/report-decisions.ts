/**
 * A moderator's decisions on a pending report, each with `If-Match`:
 * `POST /api/moderation/reports/:id/publish | apply | merge | reject | spam`. A decision and its
 * audit row (and, for publish and apply, the incident's new revision) are one atomic batch.
 */
import { z } from "@hono/zod-openapi";
import { consoleRoute } from "../api/openapi-responses";
import { reportIdParams } from "../api/path-params";
import { refusePersonalData } from "../api/personal-data";
import { readValidBody } from "../api/read-body";
import { answer, decideOnly, decideOrThrow, decisionBase } from "../api/report-decision";
import { loadReportToDecide } from "../api/report-precondition";
import { asProblem } from "../api/write-problem";
import { incidentAuditStatement } from "../db/audit/incident-audit";
import type { Db } from "../db/client";
import { getIncident } from "../db/incident-queries";
import type { ModerationReport } from "../db/reports/moderation-reports";
import { decisionStatements } from "../db/reports/report-decision";
import { isPublishedIncident } from "../db/reports/report-status";
import { createIncident, updateIncident } from "../db/writes";
import { incidentFields } from "../domain/incident-input";
import { changedFields, reportDiff } from "../domain/reports/report-diff";
import { createAssetBoundarySource } from "../geo/asset-boundary-source";
import { ApiError } from "../lib/problem";
import { createRouter, type SignedInEnv } from "../lib/router";

const reason = z.string().trim().min(1, "Give a reason.").max(1000);
const publishBody = z.strictObject({ incident: incidentFields.partial().strict().optional() });
const applyBody = z.strictObject({ fields: z.array(z.string().max(40)).min(1).max(40).optional() });
const mergeBody = z.strictObject({ duplicateOf: incidentFields.shape.id, reason: reason.optional() });
const rejectBody = z.strictObject({ reason });

const decisionRoute = (decision: "publish" | "apply" | "merge" | "reject" | "spam") =>
  consoleRoute({ method: "post", path: `/{id}/${decision}` as const, request: { params: reportIdParams } });

export const reportDecisionRoutes = createRouter<SignedInEnv>()
  .openapi(decisionRoute("publish"), async function publishReport(c) {
    const db = c.var.db;
    const report = await loadReportToDecide(c, db, c.req.valid("param").id);
    const body = await readValidBody(c, publishBody);
    refusePersonalData({ incident: body.incident ?? {} });
    const to = decideOrThrow(report, "publish");
    const now = new Date();
    const created = await asProblem(
      createIncident(
        db,
        createAssetBoundarySource(c.env.ASSETS),
        { ...report.payload, ...body.incident },
        {
          reason: creditedReason("Published from a contributor's report", report),
          extra: (incidentId) => [
            ...decisionStatements(db, {
              ...decisionBase(c.var.user.id, report, "publish", now),
              to,
              resultingIncidentId: incidentId,
            }),
            incidentAuditStatement(db, {
              actorId: c.var.user.id,
              action: "incident.publish",
              incidentId,
              reason: `From report ${report.id}`,
              beforeRevision: null,
              afterRevision: 1,
            }),
          ],
        },
      ),
      "/incident",
    );
    return answer(c, db, report.id, { incidentId: created.id });
  })
  .openapi(decisionRoute("apply"), async function applyReport(c) {
    const db = c.var.db;
    const report = await loadReportToDecide(c, db, c.req.valid("param").id);
    const body = await readValidBody(c, applyBody);
    const to = decideOrThrow(report, "apply");
    // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
    const targetId = report.incidentId ?? "";
    if (report.targetRevision === null) {
      throw new ApiError("conflict", `The incident this report corrects (${targetId}) no longer exists.`);
    }
    const proposed = report.payload as Record<string, unknown>;
    const fields = body.fields ?? changedFields(reportDiff(proposed, await currentOf(db, targetId)));
    const unknown = fields.flatMap((field, index) =>
      field in proposed && field !== "id"
        ? []
        : [{ pointer: `/fields/${index}`, detail: "Not a field of the report." }],
    );
    if (unknown.length > 0)
      throw new ApiError("unprocessable_content", "Choose fields of the report.", unknown);
    const now = new Date();
    const updated = await asProblem(
      updateIncident(
        db,
        createAssetBoundarySource(c.env.ASSETS),
        targetId,
        Object.fromEntries(fields.map((field) => [field, proposed[field]])),
        {
          expectedRevision: report.targetRevision,
          reason: creditedReason("Correction from a contributor's report", report),
          sourceUrl: report.payload.sources[0]?.url ?? null,
          extra: [
            ...decisionStatements(db, {
              ...decisionBase(c.var.user.id, report, "apply", now),
              to,
              resultingIncidentId: targetId,
            }),
            incidentAuditStatement(db, {
              actorId: c.var.user.id,
              action: "incident.apply",
              incidentId: targetId,
              reason: `From report ${report.id}`,
              beforeRevision: report.targetRevision,
              afterRevision: report.targetRevision + 1,
            }),
          ],
        },
      ),
    );
    return answer(c, db, report.id, { incidentId: targetId, changes: updated.changes });
  })
  .openapi(decisionRoute("merge"), async function mergeReport(c) {
    const db = c.var.db;
    const report = await loadReportToDecide(c, db, c.req.valid("param").id);
    const body = await readValidBody(c, mergeBody);
    refusePersonalData(body);
    const to = decideOrThrow(report, "merge");
    if (!(await isPublishedIncident(db, body.duplicateOf))) {
      throw new ApiError("unprocessable_content", "Merge into a published incident.", [
        { pointer: "/duplicateOf", detail: "No published incident has this id." },
      ]);
    }
    await decideOnly(db, report, "merge", c.var.user.id, {
      to,
      reason: body.reason ?? `Duplicate of ${body.duplicateOf}`,
      resultingIncidentId: body.duplicateOf,
    });
    return answer(c, db, report.id, { incidentId: body.duplicateOf });
  })
  .openapi(decisionRoute("reject"), async function rejectReport(c) {
    const db = c.var.db;
    const report = await loadReportToDecide(c, db, c.req.valid("param").id);
    const body = await readValidBody(c, rejectBody);
    // The reason is shown to the contributor on the status page.
    refusePersonalData(body);
    const to = decideOrThrow(report, "reject");
    await decideOnly(db, report, "reject", c.var.user.id, {
      to,
      reason: body.reason,
      resultingIncidentId: null,
    });
    return answer(c, db, report.id, {});
  })
  .openapi(decisionRoute("spam"), async function markSpam(c) {
    const db = c.var.db;
    const report = await loadReportToDecide(c, db, c.req.valid("param").id);
    const to = decideOrThrow(report, "spam");
    await decideOnly(db, report, "spam", c.var.user.id, { to, reason: null, resultingIncidentId: null });
    return answer(c, db, report.id, {});
  });

/** The public reason of a revision made from a report, with the contributor's credit if they asked for it. */
function creditedReason(what: string, report: ModerationReport): string {
  return report.creditName ? `${what}, credited to ${report.creditName}` : what;
}

async function currentOf(db: Db, incidentId: string): Promise<Record<string, unknown> | null> {
  return getIncident(db, incidentId);
}
