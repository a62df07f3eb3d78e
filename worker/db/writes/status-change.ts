import { and, eq } from "drizzle-orm";
import type { FieldChange } from "../../domain/incident-changes";
import type { Db } from "../client";
import { type IncidentRow, incidentRevisions, incidents } from "../schema";
import { type ExtraStatements, extraStatements, runWriteBatch } from "./batch";
import type { CurrentIncident } from "./current-incident";
import { revisionRow, sourceRows } from "./incident-rows";

export type StatusChangeOptions = {
  expectedRevision: number;
  reason: string;
  extra?: ExtraStatements;
  now?: string;
};

/**
 * Writes a change of an incident's status (retracted, merged) with its revision and the
 * caller's statements in one batch. The record is kept: a retracted or merged incident leaves
 * the map and the lists, and its page says why.
 */
export async function writeStatusChange(
  db: Db,
  current: CurrentIncident,
  change: {
    summary: string;
    reason: string;
    set: Partial<Pick<IncidentRow, "status" | "retractionReason" | "duplicateOf">>;
  },
  options: StatusChangeOptions,
): Promise<{ id: string; revision: number; changes: FieldChange[] }> {
  const { id } = current.row;
  const now = options.now ?? new Date().toISOString();
  const revision = options.expectedRevision + 1;
  const changes: FieldChange[] = Object.entries(change.set).map(([field, to]) => ({
    field,
    from: current.row[field as keyof typeof change.set] ?? null,
    to,
  }));
  const incident = { ...current.row, ...change.set, revision, updatedAt: now };
  const row = revisionRow(
    incident,
    sourceRows(current.input),
    { revision, summary: change.summary, reason: change.reason, changes },
    now,
  );
  await runWriteBatch(
    db,
    [
      db.insert(incidentRevisions).values(row),
      db
        .update(incidents)
        .set({ ...change.set, revision, updatedAt: now })
        .where(and(eq(incidents.id, id), eq(incidents.revision, options.expectedRevision))),
      ...extraStatements(options.extra, id),
    ],
    { incidentId: id, expectedRevision: options.expectedRevision },
  );
  return { id, revision, changes };
}
