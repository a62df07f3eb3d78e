/**
 * What every decision on a report shares: the statements of a decision that changes no incident,
 * the decision's rule as a problem, and the answer with the report as it now stands.
 */
import type { Context } from "hono";
import type { Db } from "../db/client";
import type { ModerationReport } from "../db/reports/moderation-reports";
import { decisionStatements } from "../db/reports/report-decision";
import { type Decision, decide } from "../domain/reports/report-decisions";
import type { SignedInEnv } from "../middleware/require-role";
import { etagOf, loadReport } from "./report-precondition";
import { asProblem, toProblem } from "./write-problem";

/** Who decides what on which report, and when: the part every decision's statements share. */
export function decisionBase(actorId: string, report: ModerationReport, decision: Decision, now: Date) {
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
  const statements = decisionStatements(db, {
    ...decisionBase(actorId, report, decision, new Date()),
    ...outcome,
  });
  await asProblem(db.batch(statements));
}

/** The status a decision leads to, or the 409 that says why it cannot be made. */
export function decideOrThrow(report: ModerationReport, decision: Decision) {
  try {
    return decide(report, decision);
  } catch (error) {
    throw toProblem(error);
  }
}

export async function answer(c: Context<SignedInEnv>, db: Db, id: string, extra: Record<string, unknown>) {
  const report = await loadReport(db, id);
  c.header("etag", etagOf(report));
  return c.json({ ...extra, report });
}
