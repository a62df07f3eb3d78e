/**
 * A whole HHS file through the one write path, new incidents written many to a batch
 * (write-creations.ts), which made a first import of the archive file take minutes when each
 * was its own. A record that is held or matches one of ours is still applied on its own (it
 * reads the incident first), after the creations queued before it. A rerun finds every stored
 * record by its portal key and finishes the job.
 */
import { MAX_BATCH_STATEMENTS, STATEMENTS_PER_CREATION } from "../../../worker/db/writes";
import { formatRegistryRef } from "../../../worker/domain/registry-ref";
import { applyHhsRecord, creationOf, type HhsImportContext, isNewRecord } from "./apply-hhs";
import type { HhsRecord } from "./hhs-record";
import type { ImportOutcome } from "./import-summary";
import { writeCreations } from "./write-creations";

/** A creation (`STATEMENTS_PER_CREATION`) and its portal link. */
export const RECORDS_PER_BATCH = Math.floor(MAX_BATCH_STATEMENTS / (STATEMENTS_PER_CREATION + 1));

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
    if (batch.length === 0) return;
    await writeCreations(context.db, context.boundaries, batch, {
      created(creation, id) {
        // Not remembered for matching: two portal records are two reports, even of one organisation.
        context.byRef.set(creation.key, id);
        onOutcome(creation.record, { kind: "created", id });
      },
      skipped: (creation, reason) => onOutcome(creation.record, { kind: "skipped", reason }),
    });
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

async function applySafely(context: HhsImportContext, record: HhsRecord): Promise<ImportOutcome> {
  try {
    return await applyHhsRecord(context, record);
  } catch (error) {
    return { kind: "skipped", reason: (error as Error).message };
  }
}
