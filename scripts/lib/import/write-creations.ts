/**
 * New incidents of an import, many to an atomic batch: one round trip and one commit per batch
 * instead of per record. A failing batch writes nothing; its records are then created one by
 * one, each its own atomic batch, so that one bad record is skipped with its reason and the
 * others are stored. A rerun finds every stored record and finishes the job.
 */
import type { Db } from "../../../worker/db/client";
import { type CreateOptions, createIncident, createIncidents } from "../../../worker/db/writes";
import type { BoundarySource } from "../../../worker/domain/geo/boundary-source";

export type Creation = { input: unknown } & CreateOptions;

export type CreationOutcomes<C> = {
  created(creation: C, id: string): void;
  skipped(creation: C, reason: string): void;
};

export async function writeCreations<C extends Creation>(
  db: Db,
  boundaries: BoundarySource,
  batch: readonly C[],
  outcomes: CreationOutcomes<C>,
): Promise<void> {
  try {
    const created = await createIncidents(db, boundaries, batch);
    for (const [i, creation] of batch.entries()) outcomes.created(creation, created[i]?.id as string);
  } catch {
    for (const creation of batch) {
      try {
        const { id } = await createIncident(db, boundaries, creation.input, creation);
        outcomes.created(creation, id);
      } catch (error) {
        outcomes.skipped(creation, (error as Error).message);
      }
    }
  }
}
