/**
 * The HHS OCR portal's CSV file, exactly as downloaded, to mapped records: RFC 4180 parsing by
 * csv-parse (line breaks inside quoted descriptions), the header checked, each row mapped or
 * skipped with its reason.
 */
import { parse } from "csv-parse/sync";
import { type HhsRow, hhsColumns, recogniseHeader } from "./hhs-columns";
import { type HhsRecord, mapHhsRow, slug } from "./hhs-record";

export type ParsedHhsFile = {
  /** `row`: the record's number in the file, the header being row 1 (a record may span lines). */
  records: (HhsRecord & { row: number })[];
  skipped: { row: number; reason: string }[];
  byPosition: boolean;
};

export class HhsFileError extends Error {
  override name = "HhsFileError";
}

export function parseHhsCsv(text: string): ParsedHhsFile {
  let table: string[][];
  try {
    table = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new HhsFileError(`This is not a readable CSV file: ${(error as Error).message}`);
  }
  const [header = [], ...rows] = table;
  const verdict = recogniseHeader(header, rows);
  if (!verdict.ok) throw new HhsFileError(verdict.reason);

  const seen = new Map<string, number>();
  const records: ParsedHhsFile["records"] = [];
  const skipped: ParsedHhsFile["skipped"] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== hhsColumns.length) {
      skipped.push({ row, reason: `${cells.length} cells where the export has ${hhsColumns.length}` });
      return;
    }
    const values = Object.fromEntries(hhsColumns.map((column, i) => [column, cells[i] ?? ""])) as HhsRow;
    // Names differing only in case or punctuation make the same key: count them as one name.
    const identity = [
      slug(values["Name of Covered Entity"]),
      values.State.trim(),
      values["Breach Submission Date"].trim(),
    ].join("|");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const mapped = mapHhsRow(values, occurrence);
    if (mapped.ok) records.push({ ...mapped.record, row });
    else skipped.push({ row, reason: mapped.reason });
  });
  return { records, skipped, byPosition: verdict.byPosition };
}
