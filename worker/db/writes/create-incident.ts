import type { BatchItem } from "drizzle-orm/batch";
import type { BoundarySource } from "../../domain/geo/boundary-source";
import { type NewIncidentInput, newIncidentInput } from "../../domain/incident-input";
import { makeIncidentId } from "../../domain/incident-slug";
import { referenceDate } from "../../domain/reference-date";
import type { Db } from "../client";
import { incidentAttackTypes, incidentRevisions, incidentSources, incidents } from "../schema";
import { type ExtraStatements, extraStatements, runWriteBatch } from "./batch";
import { buildIncidentRows } from "./incident-rows";
import { placeOf } from "./place";
import { validateReason, validateWrite } from "./validate";

export type CreateOptions = { reason: string; extra?: ExtraStatements; now?: string };

/**
 * Validates, locates and stores a new published incident with its first revision, in one
 * atomic batch with the caller's `extra` statements. Country, subdivision and département come
 * from the commune's INSEE code when given, else from the point, never from the input; the id is made from the record when none is given.
 *
 * @example
 * const { id } = await createIncident(db, createAssetBoundarySource(env.ASSETS), input, {
 *   reason: "Published from report rpt_…",
 * });
 */
export async function createIncident(
  db: Db,
  boundaries: BoundarySource,
  input: NewIncidentInput | unknown,
  options: CreateOptions,
): Promise<{ id: string; revision: number }> {
  const { id, statements } = await prepareCreation(db, boundaries, input, options);
  await runWriteBatch(db, statements, { incidentId: id });
  return { id, revision: 1 };
}

/** Everything `createIncident` does but the write: its id and the statements of its batch. */
export async function prepareCreation(
  db: Db,
  boundaries: BoundarySource,
  input: NewIncidentInput | unknown,
  options: CreateOptions,
): Promise<{ id: string; statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] }> {
  const valid = validateWrite(newIncidentInput, input);
  const reason = validateReason(options.reason);
  const place = await placeOf(valid, boundaries);
  const id = valid.id ?? makeIncidentId({ ...place, ...valid, date: referenceDate(valid).date });
  const rows = buildIncidentRows({ ...valid, id }, place, { reason, now: options.now });
  return {
    id,
    statements: [
      db.insert(incidents).values(rows.incident),
      db.insert(incidentSources).values(rows.sources),
      db.insert(incidentAttackTypes).values(rows.attackTypes),
      db.insert(incidentRevisions).values(rows.revision),
      ...extraStatements(options.extra, id),
    ],
  };
}
