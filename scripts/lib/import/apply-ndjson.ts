/**
 * Our own NDJSON export, read back through the one write path: every field of the input is
 * taken as exported (id, place, dates, figures, sources), the registry links are restored, and
 * the creation time is the exported one. An id already present is left as it is. New incidents
 * are written many to an atomic batch (write-creations.ts), within D1's statements per batch.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "../../../worker/db/client";
import { linkRegistryRefs } from "../../../worker/db/registry-refs";
import { incidents } from "../../../worker/db/schema";
import { MAX_BATCH_STATEMENTS, STATEMENTS_PER_CREATION } from "../../../worker/db/writes";
import type { ExportRecord } from "../../../worker/domain/export/export-record";
import type { BoundarySource } from "../../../worker/domain/geo/boundary-source";
import { incidentFields } from "../../../worker/domain/incident-input";
import type { ImportOutcome } from "./import-summary";
import { writeCreations } from "./write-creations";

const inputKeys = Object.keys(incidentFields.shape) as (keyof typeof incidentFields.shape)[];

export function parseNdjsonLine(line: string): ExportRecord | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  return JSON.parse(trimmed) as ExportRecord;
}

export async function existingIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += 90) {
    const rows = await db
      .select({ id: incidents.id })
      .from(incidents)
      .where(inArray(incidents.id, ids.slice(start, start + 90)));
    for (const row of rows) found.add(row.id);
  }
  return found;
}

function creationOf(db: Db, record: ExportRecord) {
  return {
    record,
    input: Object.fromEntries(inputKeys.map((key) => [key, record[key as keyof ExportRecord]])),
    reason: "Imported from a HealthBreach Map NDJSON export",
    now: record.createdAt,
    extra: linkRegistryRefs(db, record.registryRefs ?? []),
    // And one per registry link.
    statements: STATEMENTS_PER_CREATION + (record.registryRefs?.length ?? 0),
  };
}

/**
 * Every record of a file, the new ones created many to a batch of at most `maxStatements`
 * statements; `onOutcome` hears of each record in the file's order.
 */
export async function applyNdjsonRecords(
  db: Db,
  boundaries: BoundarySource,
  records: readonly ExportRecord[],
  present: ReadonlySet<string>,
  onOutcome: (record: ExportRecord, outcome: ImportOutcome) => void,
  maxStatements = MAX_BATCH_STATEMENTS,
): Promise<void> {
  // Records since the last batch, in order: each with its outcome, or its creation to write.
  let pending: { record: ExportRecord; outcome?: ImportOutcome }[] = [];
  let creations: ReturnType<typeof creationOf>[] = [];
  let statements = 0;
  const flush = async () => {
    const written = new Map<ExportRecord, ImportOutcome>();
    await writeCreations(db, boundaries, creations, {
      created: (creation, id) => written.set(creation.record, { kind: "created", id }),
      skipped: (creation, reason) => written.set(creation.record, { kind: "skipped", reason }),
    });
    for (const { record, outcome } of pending)
      onOutcome(record, outcome ?? (written.get(record) as ImportOutcome));
    pending = [];
    creations = [];
    statements = 0;
  };
  const seen = new Set<string>();
  for (const record of records) {
    if (present.has(record.id)) {
      pending.push({ record, outcome: { kind: "unchanged", id: record.id } });
    } else if (seen.has(record.id)) {
      pending.push({
        record,
        outcome: { kind: "skipped", reason: `${record.id} appears earlier in the file.` },
      });
    } else {
      seen.add(record.id);
      const creation = creationOf(db, record);
      if (statements + creation.statements > maxStatements) await flush();
      pending.push({ record });
      creations.push(creation);
      statements += creation.statements;
    }
  }
  await flush();
}
