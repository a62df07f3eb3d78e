/**
 * Our own NDJSON export, read back through the one write path: every field of the input is
 * taken as exported (id, place, dates, figures, sources), the registry links are restored, and
 * the creation time is the exported one. An id already present is left as it is.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "../../../worker/db/client";
import { linkRegistryRefs } from "../../../worker/db/registry-refs";
import { incidents } from "../../../worker/db/schema";
import { createIncident } from "../../../worker/db/writes";
import type { ExportRecord } from "../../../worker/domain/export/export-record";
import type { BoundarySource } from "../../../worker/domain/geo/boundary-source";
import { incidentFields } from "../../../worker/domain/incident-input";
import type { ImportOutcome } from "./import-summary";

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

export async function applyNdjsonRecord(
  db: Db,
  boundaries: BoundarySource,
  record: ExportRecord,
  present: ReadonlySet<string>,
): Promise<ImportOutcome> {
  if (present.has(record.id)) return { kind: "unchanged", id: record.id };
  const input = Object.fromEntries(inputKeys.map((key) => [key, record[key as keyof ExportRecord]]));
  const { id } = await createIncident(db, boundaries, input, {
    reason: "Imported from a HealthBreach Map NDJSON export",
    now: record.createdAt,
    extra: linkRegistryRefs(db, record.registryRefs ?? []),
  });
  return { kind: "created", id };
}
