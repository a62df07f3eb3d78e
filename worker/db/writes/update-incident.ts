import { and, eq } from "drizzle-orm";
import type { BoundarySource } from "../../domain/geo/boundary-source";
import { diffIncidents, type FieldChange, placeChanges } from "../../domain/incident-changes";
import {
  type IncidentChanges,
  incidentChanges,
  incidentInput,
  sourceInput,
} from "../../domain/incident-input";
import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { incidentAttackTypes, incidentRevisions, incidentSources, incidents } from "../schema";
import { type ExtraStatements, extraStatements, runWriteBatch } from "./batch";
import { assertRevision, readCurrentIncident } from "./current-incident";
import { attackTypeRows, incidentColumns, revisionRow, sourceRows } from "./incident-rows";
import { placeOf } from "./place";
import { validateReason, validateWrite } from "./validate";

export type UpdateOptions = {
  /** The revision the caller read: the write fails with `revision_conflict` if it moved on. */
  expectedRevision: number;
  reason: string;
  /** The public source that justifies the change. */
  sourceUrl?: string | null;
  extra?: ExtraStatements;
  now?: string;
};

/**
 * Edits a published incident, or applies a correction to it: the changed fields, a new
 * revision recording each change (`{field, from, to}`) with its reason and source, and the
 * caller's `extra` statements, in one atomic batch.
 *
 * @example
 * await updateIncident(db, boundaries, "fr-2021-ch-dax", { individualsAffected: 1200 }, {
 *   expectedRevision: 3, reason: "The hospital's second statement", sourceUrl: "https://…",
 * });
 */
export async function updateIncident(
  db: Db,
  boundaries: BoundarySource,
  id: string,
  changes: IncidentChanges | unknown,
  options: UpdateOptions,
): Promise<{ id: string; revision: number; changes: FieldChange[] }> {
  const valid = validateWrite(incidentChanges, changes);
  const reason = validateReason(options.reason);
  const sourceUrl = options.sourceUrl == null ? null : validateSourceUrl(options.sourceUrl);
  const current = await readCurrentIncident(db, id);
  if (current.row.status !== "published") {
    throw new WriteError(
      "invalid_transition",
      `Incident ${id} is ${current.row.status}; only a published one is edited.`,
    );
  }
  assertRevision(current, options.expectedRevision);

  const after = validateWrite(incidentInput, { ...current.input, ...valid });
  // The place is derived from the point with the boundaries of today, so an edit also
  // relocates an incident that sharper boundaries now place elsewhere: a change like any other.
  const place = await placeOf(after, boundaries);
  const fieldChanges = [...diffIncidents(current.input, after), ...placeChanges(current.row, place)];
  if (fieldChanges.length === 0) {
    throw new WriteError("invalid_input", "These changes leave the incident as it is.", [
      { pointer: "/changes", detail: "Nothing would change." },
    ]);
  }
  const now = options.now ?? new Date().toISOString();
  const revision = options.expectedRevision + 1;
  const { id: _id, ...columns } = incidentColumns(after, place);
  const incident = { ...current.row, ...columns, revision, updatedAt: now };
  const sources = sourceRows(after);
  const changed = new Set(fieldChanges.map((change) => change.field));
  await runWriteBatch(
    db,
    [
      // First: the unique (incident, revision) index fails here, before anything else, when
      // another writer got there first.
      db
        .insert(incidentRevisions)
        .values(
          revisionRow(
            incident,
            sources,
            { revision, summary: "Edited", reason, changes: fieldChanges, sourceUrl },
            now,
          ),
        ),
      db
        .update(incidents)
        .set({ ...columns, revision, updatedAt: now })
        .where(and(eq(incidents.id, id), eq(incidents.revision, options.expectedRevision))),
      ...(changed.has("sources")
        ? [
            db.delete(incidentSources).where(eq(incidentSources.incidentId, id)),
            db.insert(incidentSources).values(sources),
          ]
        : []),
      ...(changed.has("attackTypes")
        ? [
            db.delete(incidentAttackTypes).where(eq(incidentAttackTypes.incidentId, id)),
            db.insert(incidentAttackTypes).values(attackTypeRows(after)),
          ]
        : []),
      ...extraStatements(options.extra, id),
    ],
    { incidentId: id, expectedRevision: options.expectedRevision },
  );
  return { id, revision, changes: fieldChanges };
}

function validateSourceUrl(url: string): string {
  const result = sourceInput.shape.url.safeParse(url);
  if (result.success) return result.data;
  throw new WriteError("invalid_input", "The source URL is not an http(s) URL.", [
    { pointer: "/sourceUrl", detail: "Expected an http(s) URL." },
  ]);
}
