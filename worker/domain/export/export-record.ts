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

export function toExportRecord(
  row: IncidentRow,
  sources: PublicSource[],
  registryRefs: RegistryRef[] = [],
): ExportRecord {
  const {
    ransomDemandedAmount,
    ransomDemandedCurrency,
    synthetic: _synthetic,
    originalTitle: _title,
    originalSummary: _summary,
    attackTypeMask: _mask,
    ...rest
  } = row;
  return {
    ...rest,
    ransomDemanded:
      ransomDemandedAmount === null
        ? null
        : { amount: ransomDemandedAmount, currency: ransomDemandedCurrency },
    sources,
    registryRefs,
  };
}
