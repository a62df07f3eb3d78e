/**
 * From export fields to RFC 4180 CSV text. Quoting is csv-stringify's; what a cell holds is ours:
 * lists joined with `;`, booleans as `true`/`false`, unknown as an empty cell, and text that a
 * spreadsheet would run as a formula neutralised.
 */
import { stringify } from "csv-stringify/sync";
import type { CellValue, FieldType } from "./export-fields";

export type CsvDelimiter = "comma" | "semicolon";

/**
 * OWASP "CSV injection": a spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@`
 * (and tab or carriage return, which some strip first). A leading apostrophe makes it text.
 * Only text cells are touched: a negative longitude stays a number.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function toCell(value: CellValue, type: FieldType): string {
  if (value === null) return "";
  if (type === "array") return JSON.stringify(value);
  if (Array.isArray(value)) return neutraliseFormula(value.join(";"));
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  return type === "string" ? neutraliseFormula(value as string) : (value as string);
}

/** One or more CSV lines, each ending with CRLF as RFC 4180 asks. */
export function csvLines(rows: readonly string[][], delimiter: CsvDelimiter): string {
  return stringify(rows as string[][], {
    delimiter: delimiter === "semicolon" ? ";" : ",",
    record_delimiter: "windows",
    // csv-stringify quotes only its own record delimiter; RFC 4180 wants any line break quoted.
    quoted_match: /[\r\n]/,
  });
}
