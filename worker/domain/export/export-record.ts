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

/** Columns of the row that never reach an export as they are: the query does not even read them. */
export const notExported = new Set<string>([
  "synthetic",
  "attackTypeMask",
  "originalTitle",
  "originalSummary",
] satisfies (keyof IncidentRow)[]);

/** Read to make `ransomDemanded`, not exported as they are. */
const ransomColumns = new Set<string>(["ransomDemandedAmount", "ransomDemandedCurrency"]);

/** A column the export reads: its key in the row, and how to turn its stored value into it. */
export type ExportColumn = { key: string; decode: ((stored: unknown) => unknown) | null };

/**
 * Makes the function that turns one row, read as an array in `columns`' order, into a record.
 * An array, not an object per row: D1 then builds no object of ~50 named properties for each
 * row only for this to copy it, which was most of an export's time per row.
 *
 * Each record starts as a copy of one template that already has every property, and the loop
 * then only overwrites them. Adding ~50 properties one by one to an empty object made the engine
 * look up a new hidden class at each step, for every row: copying the template gives the record
 * its final shape in one step, and halved this function's time (47 to 26 ms for 10k rows in
 * Node; `bench/export.ts` measures the export as a whole).
 */
export function exportRecordReader(
  columns: readonly ExportColumn[],
): (values: readonly unknown[], sources: PublicSource[], refs: RegistryRef[]) => ExportRecord {
  const at = (key: string) => columns.findIndex((column) => column.key === key);
  const amountAt = at("ransomDemandedAmount");
  const currencyAt = at("ransomDemandedCurrency");
  const plain = columns.flatMap((column, index) =>
    ransomColumns.has(column.key) ? [] : [{ ...column, index }],
  );
  const keys = [...plain.map((column) => column.key), "ransomDemanded", "sources", "registryRefs"];
  const template: Record<string, unknown> = Object.fromEntries(keys.map((key) => [key, null]));
  return (values, sources, registryRefs) => {
    const record = { ...template };
    for (const { key, decode, index } of plain) {
      const stored = values[index];
      record[key] = stored === null ? null : decode ? decode(stored) : stored;
    }
    const amount = values[amountAt] as number | null;
    record.ransomDemanded =
      amount === null ? null : { amount, currency: (values[currencyAt] as string | null) ?? null };
    record.sources = sources;
    record.registryRefs = registryRefs;
    return record as ExportRecord;
  };
}
