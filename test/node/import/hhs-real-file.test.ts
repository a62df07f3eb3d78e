/**
 * The real archive export from ../shared/data, when present (it is in CI). The expected figures
 * are computed here with a scanner written for this test, not with the importer's parser.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHhsCsv } from "../../../scripts/lib/import/hhs-parse";

const path = new URL("../../../../shared/data/hhs-ocr-breach-archive-2023-05.csv", import.meta.url);
const present = existsSync(path);
if (!present) console.warn(`${path.pathname} is absent: the real HHS file test is skipped.`);

/** Splits RFC 4180 text into records of fields: quotes, doubled quotes, CRLF or LF. */
function scan(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((f) => f !== "")) records.push(fields);
      fields = [];
      field = "";
    } else field += char;
  }
  if (field || fields.length) records.push([...fields, field]);
  return records;
}

describe.runIf(present)("the real HHS OCR archive export", () => {
  const text = present ? readFileSync(path, "utf8") : "";
  const [header = [], ...rows] = scan(text);
  const parsed = parseHhsCsv(text);

  it("imports every record of the file", () => {
    expect(rows.length).toBe(4518);
    expect(parsed.records.length + parsed.skipped.length).toBe(rows.length);
    expect(parsed.skipped).toEqual([]);
  });

  it("counts the Hacking/IT Incident rows as the file does", () => {
    const typeColumn = header.indexOf("Type of Breach");
    const hacking = rows.filter((row) =>
      (row[typeColumn] ?? "").split(",").some((t) => t.trim() === "Hacking/IT Incident"),
    );
    const imported = parsed.records.filter((record) => record.input.attackTypes.includes("data_theft"));
    expect(imported.length).toBe(hacking.length);
    expect(hacking.length).toBeGreaterThan(1900);
  });

  it("keeps the sum of individuals affected exactly", () => {
    const column = header.indexOf("Individuals Affected");
    const sum = rows.reduce((total, row) => total + (row[column] ? Number(row[column]) : 0), 0);
    const imported = parsed.records.reduce(
      (total, record) => total + (record.input.individualsAffected ?? 0),
      0,
    );
    expect(imported).toBe(sum);
    expect(parsed.records.filter((record) => record.input.individualsAffected === null)).toHaveLength(
      rows.filter((row) => row[column] === "").length,
    );
  });

  it("gives every record its own stable key", () => {
    expect(new Set(parsed.records.map((record) => record.ref.ref)).size).toBe(parsed.records.length);
  });
});
