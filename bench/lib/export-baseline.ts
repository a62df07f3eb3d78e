/**
 * The exports' baselines on the very database file wrangler dev serves: each export's own SELECT
 * (captured from `readExportPage` through better-sqlite3, registry links included), run once
 * without pages, and every row written in the simplest way the format allows. No HTTP, no
 * isolate, no per-field formatting: what the file costs at the least in Node.
 * - CSV (the issue's baseline): an RFC 4180 line of the raw columns; the sources, which the CSV
 *   leaves to export.sources.csv, neither read nor written, as the export does.
 * - GeoJSON: one `JSON.stringify` per row of a Feature whose properties are the raw columns, with
 *   the sources' and links' JSON parsed so that they are written as lists, as the export does.
 */
import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../../worker/db/client";
import { readExportPage } from "../../worker/db/export-queries";
import { csvFormat, type ExportFormat, geoJsonFormat } from "../../worker/domain/export/export-formats";
import { type Summary, timeRepeated } from "./stats";

export type ExportBaseline = { time: Summary; bytes: number; rows: number; sql: string };
/** Per export format, the raw baseline that writes the same format. */
export type ExportBaselines = { csv: ExportBaseline; geojson: ExportBaseline };

type Captured = { statement: Database.Statement; params: unknown[]; columns: string[]; sql: string };

/** The statement `readExportPage` sends for the whole set in one page of `format`. */
async function captureExportStatement(
  sqlite: Database.Database,
  n: number,
  { withSources }: ExportFormat,
): Promise<Captured> {
  const statements: { sql: string; params: unknown[] }[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void statements.push({ sql, params }) };
  // Typed for D1's drizzle; the better-sqlite3 driver runs the same builder and so the same SQL.
  const db = drizzle(sqlite, { logger }) as unknown as Db;
  await readExportPage(db, {}, { after: null, limit: n, asOf: null, withSources });
  const [captured] = statements;
  if (!captured) throw new Error("readExportPage sent no statement");
  const statement = sqlite.prepare(captured.sql);
  const columns = statement.columns().map((column) => column.name);
  return { statement, params: captured.params, columns, sql: captured.sql };
}

async function measure(
  captured: Captured,
  n: number,
  reps: number,
  write: (rows: Iterable<unknown[]>) => string,
): Promise<ExportBaseline> {
  const run = () => {
    let rows = 0;
    const counted = function* () {
      for (const row of captured.statement.raw().iterate(...captured.params) as Iterable<unknown[]>) {
        rows += 1;
        yield row;
      }
    };
    return { bytes: Buffer.byteLength(write(counted())), rows };
  };
  const first = run();
  if (first.rows !== n) throw new Error(`baseline read ${first.rows} rows, expected ${n}`);
  const time = await timeRepeated(reps, run);
  return { time, bytes: first.bytes, rows: first.rows, sql: captured.sql };
}

const needsQuotes = /[",\r\n]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function measureCsvBaseline(
  sqlite: Database.Database,
  n: number,
  reps: number,
): Promise<ExportBaseline> {
  const captured = await captureExportStatement(sqlite, n, csvFormat("comma"));
  const sourcesAt = captured.columns.indexOf("sources_json");
  const written = (row: unknown[]) => (sourcesAt < 0 ? row : row.filter((_, i) => i !== sourcesAt));
  return measure(captured, n, reps, (rows) => {
    const parts: string[] = [`${written(captured.columns).map(cell).join(",")}\r\n`];
    for (const row of rows) parts.push(`${written(row).map(cell).join(",")}\r\n`);
    return parts.join("");
  });
}

const parsedJson = new Set(["sources_json", "refs_json"]);

export async function measureGeoJsonBaseline(
  sqlite: Database.Database,
  n: number,
  reps: number,
): Promise<ExportBaseline> {
  const captured = await captureExportStatement(sqlite, n, geoJsonFormat);
  const { columns } = captured;
  const [idAt, latitudeAt, longitudeAt] = ["id", "latitude", "longitude"].map((name) => {
    const at = columns.indexOf(name);
    if (at < 0) throw new Error(`the export's statement has no ${name} column`);
    return at;
  }) as [number, number, number];
  return measure(captured, n, reps, (rows) => {
    const parts: string[] = ['{"type":"FeatureCollection","features":['];
    let first = true;
    for (const row of rows) {
      const properties: Record<string, unknown> = {};
      columns.forEach((name, i) => {
        properties[name] = parsedJson.has(name) ? JSON.parse(String(row[i] ?? "[]")) : row[i];
      });
      const feature = {
        type: "Feature",
        id: row[idAt],
        geometry: { type: "Point", coordinates: [row[longitudeAt], row[latitudeAt]] },
        properties,
      };
      parts.push(`${first ? "" : ","}${JSON.stringify(feature)}`);
      first = false;
    }
    parts.push("]}");
    return parts.join("");
  });
}
