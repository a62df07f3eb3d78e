import type { BatchItem } from "drizzle-orm/batch";
import type { BoundarySource } from "../../domain/geo/boundary-source";
import type { NewIncidentInput } from "../../domain/incident-input";
import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { runWriteBatch } from "./batch";
import { type CreateOptions, prepareCreation } from "./create-incident";

/**
 * D1 counts each statement of a batch as a query, and a Worker on the free plan may run 50 per
 * invocation: a batch of creations stays within it. One creation is 4 statements plus extras.
 */
export const MAX_BATCH_STATEMENTS = 50;

/** The statements of one creation: the incident, its sources, attack types and revision. */
export const STATEMENTS_PER_CREATION = 4;

/**
 * Several new incidents, each exactly as `createIncident` would store it, in ONE atomic batch:
 * an importer pays one round trip (and one commit) for many records, and a failure stores none
 * of them. Every input is validated and located before anything is written.
 *
 * @example
 * const created = await createIncidents(db, boundaries, records.map((input) => ({ input, reason })));
 */
export async function createIncidents(
  db: Db,
  boundaries: BoundarySource,
  items: readonly ({ input: NewIncidentInput | unknown } & CreateOptions)[],
): Promise<{ id: string; revision: number }[]> {
  const ids: string[] = [];
  const statements: BatchItem<"sqlite">[] = [];
  for (const { input, ...options } of items) {
    const prepared = await prepareCreation(db, boundaries, input, options);
    if (ids.includes(prepared.id)) {
      throw new WriteError("already_exists", `Two incidents of this batch have the id ${prepared.id}.`, [
        { pointer: "/id", detail: "This id is taken." },
      ]);
    }
    ids.push(prepared.id);
    statements.push(...prepared.statements);
  }
  const [first, ...rest] = statements;
  if (!first) return [];
  // SQLite does not say which row broke a constraint: a failure names every id of the batch.
  await runWriteBatch(db, [first, ...rest], { incidentId: ids.join(", ") });
  return ids.map((id) => ({ id, revision: 1 }));
}
