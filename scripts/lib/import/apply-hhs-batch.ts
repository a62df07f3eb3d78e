/**
 * A whole HHS file through the one write path, new incidents written many to a batch: one
 * round trip and one commit per batch instead of per record, which made a first import of the
 * archive file take minutes. A record that is held or matches one of ours is still applied on
 * its own (it reads the incident first), after the creations queued before it.
 *
 * A failing batch writes nothing; its records are then created one by one, each its own atomic
 * batch, so that one bad record is skipped with its reason and the others are stored. A rerun
 * finds every stored record by its portal key and finishes the job.
 */
import { createIncident, createIncidents, MAX_BATCH_STATEMENTS } from "../../../worker/db/writes";
import { formatRegistryRef } from "../../../worker/domain/registry-ref";
import { applyHhsRecord, creationOf, type HhsImportContext, isNewRecord } from "./apply-hhs";
import type { HhsRecord } from "./hhs-record";
import type { ImportOutcome } from "./import-summary";

/** A creation is 4 statements (incident, sources, attack types, revision) and its portal link. */
export const RECORDS_PER_BATCH = Math.floor(MAX_BATCH_STATEMENTS / 5);

type Creation<R extends HhsRecord> = { record: R; key: string } & Exclude<
  ReturnType<typeof creationOf>,
  ImportOutcome
>;

export async function applyHhsRecords<R extends HhsRecord>(
  context: HhsImportContext,
  records: readonly R[],
  onOutcome: (record: R, outcome: ImportOutcome) => void,
  recordsPerBatch = RECORDS_PER_BATCH,
): Promise<void> {
  let queued: Creation<R>[] = [];
  const flush = async () => {
    const batch = queued;
    queued = [];
    if (batch.length > 0) await writeCreations(context, batch, onOutcome);
  };
  for (const record of records) {
    const key = formatRegistryRef(record.ref);
    // The same portal key twice in a file: the second is a re-import of the first, once stored.
    if (queued.some((creation) => creation.key === key)) await flush();
    if (!isNewRecord(context, record)) {
      await flush();
      onOutcome(record, await applySafely(context, record));
      continue;
    }
    const creation = creationOf(context, record);
    if ("kind" in creation) onOutcome(record, creation);
    else queued.push({ record, key, ...creation });
    if (queued.length >= recordsPerBatch) await flush();
  }
  await flush();
}

async function writeCreations<R extends HhsRecord>(
  context: HhsImportContext,
  batch: Creation<R>[],
  onOutcome: (record: R, outcome: ImportOutcome) => void,
): Promise<void> {
  try {
    const created = await createIncidents(context.db, context.boundaries, batch);
    batch.forEach((creation, i) => {
      const id = created[i]?.id as string;
      // Not remembered for matching: two portal records are two reports, even of one organisation.
      context.byRef.set(creation.key, id);
      onOutcome(creation.record, { kind: "created", id });
    });
  } catch {
    for (const creation of batch) {
      try {
        const { id } = await createIncident(context.db, context.boundaries, creation.input, creation);
        context.byRef.set(creation.key, id);
        onOutcome(creation.record, { kind: "created", id });
      } catch (error) {
        onOutcome(creation.record, { kind: "skipped", reason: (error as Error).message });
      }
    }
  }
}

async function applySafely(context: HhsImportContext, record: HhsRecord): Promise<ImportOutcome> {
  try {
    return await applyHhsRecord(context, record);
  } catch (error) {
    return { kind: "skipped", reason: (error as Error).message };
  }
}
