/**
 * The export's baseline on the very database file wrangler dev serves: the CSV export's own
 * SELECT (captured from `readExportPage` through better-sqlite3, registry links included; the
 * sources, which the CSV leaves to export.sources.csv, neither read nor written, as the export
 * does), run once without pages, every row written as an RFC 4180 line of its raw columns. No
 * HTTP, no isolate, no per-field formatting: what a CSV of this table costs at the least in Node.
 */
import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../../worker/db/client";
import { readExportPage } from "../../worker/db/export-queries";
import { csvFormat } from "../../worker/domain/export/export-formats";
import { type Summary, timeRepeated } from "./stats";

export type ExportBaseline = { time: Summary; bytes: number; rows: number; sql: string };

const needsQuotes = /[",\r\n]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function measureExportBaseline(
  sqlite: Database.Database,
  n: number,
  reps: number,
): Promise<ExportBaseline> {
  const statements: { sql: string; params: unknown[] }[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void statements.push({ sql, params }) };
  // Typed for D1's drizzle; the better-sqlite3 driver runs the same builder and so the same SQL.
  const db = drizzle(sqlite, { logger }) as unknown as Db;
  const { withSources } = csvFormat("comma");
  await readExportPage(db, {}, { after: null, limit: n, asOf: null, withSources });
  const [captured] = statements;
  if (!captured) throw new Error("readExportPage sent no statement");
  const statement = sqlite.prepare(captured.sql);
  const columns = statement.columns().map((column) => column.name);
  const sourcesAt = columns.indexOf("sources_json");
  const written = (row: unknown[]) => (sourcesAt < 0 ? row : row.filter((_, i) => i !== sourcesAt));

  const run = () => {
    const parts: string[] = [`${written(columns).map(cell).join(",")}\r\n`];
    let rows = 0;
    for (const row of statement.raw().iterate(...captured.params) as Iterable<unknown[]>) {
      parts.push(`${written(row).map(cell).join(",")}\r\n`);
      rows += 1;
    }
    return { bytes: Buffer.byteLength(parts.join("")), rows };
  };
  const first = run();
  if (first.rows !== n) throw new Error(`baseline read ${first.rows} rows, expected ${n}`);
  const time = await timeRepeated(reps, run);
  return { time, bytes: first.bytes, rows: first.rows, sql: captured.sql };
}
