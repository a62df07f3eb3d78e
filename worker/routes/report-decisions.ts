/**
 * A moderator's decisions on a pending report, each with `If-Match`:
 * `POST /api/moderation/reports/:id/publish | apply | merge | reject | spam`. A decision and its
 * audit row (and, for publish and apply, the incident's new revision) are one atomic batch.
 */
import { type Context, Hono } from "hono";
import { z } from "zod";
import { refusePersonalData } from "../api/personal-data";
import { readValidBody } from "../api/read-body";
import { etagOf, loadReport, loadReportToDecide } from "../api/report-precondition";
import { asProblem, toProblem } from "../api/write-problem";
import { incidentAuditStatement } from "../db/audit/incident-audit";
import { type Db, getDb } from "../db/client";
import { getIncident } from "../db/incident-queries";
import type { ModerationReport } from "../db/reports/moderation-reports";
import { decisionStatements } from "../db/reports/report-decision";
import { isPublishedIncident } from "../db/reports/report-status";
import { createIncident, updateIncident } from "../db/writes";
import { incidentFields } from "../domain/incident-input";
import { type Decision, decide } from "../domain/reports/report-decisions";
import { changedFields, reportDiff } from "../domain/reports/report-diff";
import { createAssetBoundarySource } from "../geo/asset-boundary-source";
import { ApiError } from "../lib/problem";
import type { SignedInEnv } from "../middleware/require-role";

const reason = z.string().trim().min(1, "Give a reason.").max(1000);
const publishBody = z.strictObject({ incident: incidentFields.partial().strict().optional() });
const applyBody = z.strictObject({ fields: z.array(z.string().max(40)).min(1).max(40).optional() });
const mergeBody = z.strictObject({ duplicateOf: incidentFields.shape.id, reason: reason.optional() });
const rejectBody = z.strictObject({ reason });

export const reportDecisionRoutes = new Hono<SignedInEnv>()
  .post("/:id/publish", async function publishReport(c) {
    const db = getDb(c.env);
    const report = await loadReportToDecide(c, db, c.req.param("id"));
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
              ...common(c.var.user.id, report, "publish", now),
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
  .post("/:id/apply", async function applyReport(c) {
    const db = getDb(c.env);
    const report = await loadReportToDecide(c, db, c.req.param("id"));
    const body = await readValidBody(c, applyBody);
    const to = decideOrThrow(report, "apply");
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
              ...common(c.var.user.id, report, "apply", now),
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
  .post("/:id/merge", async function mergeReport(c) {
    const db = getDb(c.env);
    const report = await loadReportToDecide(c, db, c.req.param("id"));
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
  .post("/:id/reject", async function rejectReport(c) {
    const db = getDb(c.env);
    const report = await loadReportToDecide(c, db, c.req.param("id"));
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
  .post("/:id/spam", async function markSpam(c) {
    const db = getDb(c.env);
    const report = await loadReportToDecide(c, db, c.req.param("id"));
    const to = decideOrThrow(report, "spam");
    await decideOnly(db, report, "spam", c.var.user.id, { to, reason: null, resultingIncidentId: null });
    return answer(c, db, report.id, {});
  });

function common(actorId: string, report: ModerationReport, decision: Decision, now: Date) {
  return { report, actorId, action: `report.${decision}`, reason: null, now };
}

/** A decision that changes no incident: the report's status and its audit row. */
export async function decideOnly(
  db: Db,
  report: ModerationReport,
  decision: Decision,
  actorId: string,
  outcome: { to: ModerationReport["status"]; reason: string | null; resultingIncidentId: string | null },
): Promise<void> {
  const statements = decisionStatements(db, { ...common(actorId, report, decision, new Date()), ...outcome });
  await asProblem(db.batch(statements));
}

/** The public reason of a revision made from a report, with the contributor's credit if they asked for it. */
function creditedReason(what: string, report: ModerationReport): string {
  return report.creditName ? `${what}, credited to ${report.creditName}` : what;
}

async function currentOf(db: Db, incidentId: string): Promise<Record<string, unknown> | null> {
  return getIncident(db, incidentId);
}

/** The status a decision leads to, or the 409 that says why it cannot be made. */
function decideOrThrow(report: ModerationReport, decision: Decision) {
  try {
    return decide(report, decision);
  } catch (error) {
    throw toProblem(error);
  }
}

async function answer(c: Context<SignedInEnv>, db: Db, id: string, extra: Record<string, unknown>) {
  const report = await loadReport(db, id);
  c.header("etag", etagOf(report));
  return c.json({ ...extra, report });
}
