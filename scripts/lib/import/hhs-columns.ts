/**
 * The columns of the HHS OCR breach portal's CSV export, and how to recognise them when the
 * header is broken: by position, but only when every row's values have each column's shape.
 */
export const hhsColumns = [
  "Name of Covered Entity",
  "State",
  "Covered Entity Type",
  "Individuals Affected",
  "Breach Submission Date",
  "Type of Breach",
  "Location of Breached Information",
  "Business Associate Present",
  "Web Description",
] as const;

export type HhsColumn = (typeof hhsColumns)[number];
export type HhsRow = Record<HhsColumn, string>;

const breachTypes =
  "Hacking/IT Incident|Unauthorized Access/Disclosure|Theft|Loss|Improper Disposal|Other|Unknown";
const locations =
  "Network Server|Email|Paper/Films|Laptop|Other|Desktop Computer|Electronic Medical Record|Other Portable Electronic Device";
const list = (values: string) => new RegExp(`^((${values})(, ?(${values}))*)?$`);

/** What every value of a column looks like in a genuine export. */
export const columnShapes: Record<HhsColumn, RegExp> = {
  "Name of Covered Entity": /\S/,
  State: /^([A-Z]{2})?$/,
  "Covered Entity Type": /^(Healthcare Provider|Business Associate|Health Plan|Healthcare Clearing House)?$/,
  "Individuals Affected": /^\d*$/,
  "Breach Submission Date": /^\d{2}\/\d{2}\/\d{4}$/,
  "Type of Breach": list(breachTypes),
  "Location of Breached Information": list(locations),
  "Business Associate Present": /^(Yes|No)$/,
  "Web Description": /^/,
};

export type HeaderVerdict = { ok: true; byPosition: boolean } | { ok: false; reason: string };

/**
 * Accepts the expected header; otherwise matches columns by position only when the file's shape
 * proves it: the column count, and every row's value fitting its column. Never shifted columns.
 */
export function recogniseHeader(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): HeaderVerdict {
  const names = header.map((name) => name.trim());
  if (names.length === hhsColumns.length && hhsColumns.every((column, i) => names[i] === column)) {
    return { ok: true, byPosition: false };
  }
  if (names.length !== hhsColumns.length) {
    return {
      ok: false,
      reason: `The header has ${names.length} columns where the HHS export has ${hhsColumns.length} (${hhsColumns.join(", ")}); the file is refused.`,
    };
  }
  if (rows.length === 0) {
    return {
      ok: false,
      reason:
        "The header is not the HHS export's and there are no rows to prove the columns; the file is refused.",
    };
  }
  for (const [index, column] of hhsColumns.entries()) {
    const bad = rows.findIndex(
      (row) => row.length !== hhsColumns.length || !columnShapes[column].test(row[index] ?? ""),
    );
    if (bad >= 0) {
      return {
        ok: false,
        reason: `The header is not the HHS export's, and column ${index + 1} cannot be "${column}": row ${bad + 2} holds ${JSON.stringify(rows[bad]?.[index] ?? "")}. The file is refused rather than imported with shifted columns.`,
      };
    }
  }
  return { ok: true, byPosition: true };
}
