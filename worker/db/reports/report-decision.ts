import { and, eq, sql } from "drizzle-orm";
import type { ReportStatus } from "../../domain/reports/report-decisions";
import type { Db } from "../client";
import { anyCauseSays } from "../error-causes";
import { auditLog, reports } from "../schema";
import { type ModerationReport, toAuditedReport } from "./moderation-reports";

export type ReportDecision = {
  report: ModerationReport;
  to: ReportStatus;
  action: string;
  actorId: string;
  reason: string | null;
  resultingIncidentId: string | null;
  now: Date;
};

/**
 * The statements that record a decision on a report: its audit row, then its new status. The
 * audit row doubles as the compare-and-set: its target id is read from the report *only if* the
 * report is still pending at the version the moderator read; otherwise it is NULL, which the
 * NOT NULL column refuses, and the whole batch (an incident published with it included) rolls
 * back. `isStaleReport` recognises that failure.
 */
export function decisionStatements(db: Db, decision: ReportDecision) {
  const { report, to, now } = decision;
  const stamp = now.toISOString();
  const before = toAuditedReport(report);
  const after = {
    ...before,
    status: to,
    decisionReason: decision.reason,
    resultingIncidentId: decision.resultingIncidentId,
    version: report.version + 1,
    updatedAt: stamp,
    decidedAt: stamp,
  };
  const stillAsRead = sql`(SELECT ${reports.id} FROM ${reports} WHERE ${reports.id} = ${report.id} AND ${reports.version} = ${report.version} AND ${reports.status} = 'pending')`;
  return [
    db.insert(auditLog).values({
      at: stamp,
      actorId: decision.actorId,
      action: decision.action,
      targetType: "report",
      targetId: stillAsRead,
      reason: decision.reason,
      before,
      after,
    }),
    db
      .update(reports)
      .set({
        status: to,
        decisionReason: decision.reason,
        resultingIncidentId: decision.resultingIncidentId,
        version: report.version + 1,
        updatedAt: stamp,
        decidedAt: stamp,
      })
      .where(and(eq(reports.id, report.id), eq(reports.version, report.version))),
  ] as const;
}

/** Whether a batch failed because a report moved on since it was read (see decisionStatements). */
export function isStaleReport(error: unknown): boolean {
  return anyCauseSays(error, "NOT NULL constraint failed: audit_log.target_id");
}
