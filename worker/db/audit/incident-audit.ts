import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditStatement } from "./audit-log";

/**
 * The audit row of a change to an incident, whose before and after are the stored snapshots of
 * the revisions on either side of it (`incident_revisions.snapshot`), read inside the same
 * batch, after the write layer inserted the new revision: exactly what was stored, with no
 * second copy of the record to keep in step.
 */
export function incidentAuditStatement(
  db: Db,
  entry: {
    actorId: string;
    action: string;
    incidentId: string;
    reason: string | null;
    beforeRevision: number | null;
    afterRevision: number;
  },
  at: Date = new Date(),
) {
  const snapshotAt = (revision: number | null) =>
    // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
    revision === null
      ? null
      : sql`(SELECT snapshot FROM incident_revisions WHERE incident_id = ${entry.incidentId} AND revision = ${revision})`;
  return auditStatement(
    db,
    {
      actorId: entry.actorId,
      action: entry.action,
      targetType: "incident",
      targetId: entry.incidentId,
      reason: entry.reason,
      before: snapshotAt(entry.beforeRevision),
      after: snapshotAt(entry.afterRevision),
    },
    at,
  );
}
