/**
 * The record every export carries: every public field of an incident and its sources. Nothing
 * about contributors, moderators or network identifiers is part of it, nor the benchmark-only
 * `synthetic` flag, nor `attackTypeMask`, an index's copy of `attackTypes`.
 */
import type { IncidentRow } from "../../db/schema";
import type { PublicSource, StoredOnlyColumns } from "../public-incident";
import type { RegistryRef } from "../registry-ref";

export type ExportRecord = Omit<
  IncidentRow,
  "ransomDemandedAmount" | "ransomDemandedCurrency" | "synthetic" | "attackTypeMask" | StoredOnlyColumns
> & {
  ransomDemanded: { amount: number; currency: string | null } | null;
  sources: PublicSource[];
  /** Its records in other public registries (HHS OCR, VCDB, EuRepoC, CIT #HEALTH). */
  registryRefs: RegistryRef[];
};

/** Columns of the row that never reach an export as they are. */
const notPublic = new Set<string>([
  "ransomDemandedAmount",
  "ransomDemandedCurrency",
  "synthetic",
  "attackTypeMask",
  "originalTitle",
  "originalSummary",
] satisfies (keyof IncidentRow)[]);

export function toExportRecord(
  row: IncidentRow,
  sources: PublicSource[],
  registryRefs: RegistryRef[] = [],
): ExportRecord {
  // A copy loop, not `{ a, b, ...rest } = row`: V8 runs an object rest with excluded keys on a
  // slow path, which cost the streamed exports several times the rest of a row's work.
  const record: Record<string, unknown> = {};
  for (const key in row) if (!notPublic.has(key)) record[key] = row[key as keyof IncidentRow];
  const { ransomDemandedAmount, ransomDemandedCurrency } = row;
  record.ransomDemanded =
    ransomDemandedAmount === null ? null : { amount: ransomDemandedAmount, currency: ransomDemandedCurrency };
  record.sources = sources;
  record.registryRefs = registryRefs;
  return record as ExportRecord;
}
