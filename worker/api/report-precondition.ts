import type { Context } from "hono";
import type { Db } from "../db/client";
import { findModerationReport, type ModerationReport } from "../db/reports/moderation-reports";
import { ApiError } from "../lib/problem";
import { reportEtag, requireIfMatch } from "./if-match";
import { reportIdPattern } from "./path-params";

export function etagOf(report: Pick<ModerationReport, "version" | "targetRevision">): string {
  return reportEtag(report.version, report.targetRevision);
}

/** The report, or a 404. */
export async function loadReport(db: Db, id: string): Promise<ModerationReport> {
  const report = reportIdPattern.test(id) ? await findModerationReport(db, id) : null;
  if (!report) throw new ApiError("not_found", "No report has this id.");
  return report;
}

/**
 * The report a decision is about, as the moderator read it: 404 if there is none, 428 without
 * If-Match, 412 when the report (or the incident a correction targets) changed since. The
 * write re-checks the version atomically (see db/reports/report-decision.ts).
 */
export async function loadReportToDecide(c: Context, db: Db, id: string): Promise<ModerationReport> {
  const report = await loadReport(db, id);
  requireIfMatch(c, etagOf(report));
  return report;
}
