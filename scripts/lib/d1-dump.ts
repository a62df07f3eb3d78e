/**
 * A full SQL dump of a D1 database, from `wrangler d1 export` where it can and by hand where it
 * cannot: D1's export refuses databases with virtual tables (our FTS5 index), and per-table
 * exports leave out indexes and triggers. So: the plain tables (schema and rows) through
 * `wrangler d1 export --table …`, then their indexes, the virtual tables and their rows, and
 * last the triggers, so that loading the rows neither fires them nor bumps the dataset version.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type D1Target, ROOT, targetFlags, wrangler } from "./d1-target";

type SchemaEntry = { type: string; name: string; sql: string | null };

/** Rows of a query, through `wrangler d1 execute --json`. */
export function query<T>(target: D1Target, sql: string): T[] {
  const output = wrangler(["d1", "execute", "DB", ...targetFlags(target), "--json", "--command", sql], {
    quiet: true,
  });
  return (JSON.parse(output) as { results: T[] }[])[0]?.results ?? [];
}

export function dumpDatabase(target: D1Target): string {
  const schema = query<SchemaEntry>(target, "SELECT type, name, sql FROM sqlite_master ORDER BY rowid");
  const isVirtual = (entry: SchemaEntry) =>
    entry.type === "table" && /^CREATE VIRTUAL TABLE/i.test(entry.sql ?? "");
  const virtual = schema.filter(isVirtual).map((entry) => entry.name);
  const internal = (name: string) =>
    name.startsWith("sqlite_") || name.startsWith("_cf_") || virtual.some((v) => name.startsWith(`${v}_`));
  const plain = schema
    .filter((e) => e.type === "table" && !isVirtual(e) && !internal(e.name))
    .map((e) => e.name);

  // Every table before any row: a row may not reference a table that does not exist yet, even
  // with foreign keys deferred.
  const parts = [exportTables(target, plain, "--no-data"), exportTables(target, plain, "--no-schema")];
  parts.push(...schema.filter((e) => e.type === "index" && e.sql).map((e) => `${e.sql};`));
  for (const name of virtual) {
    parts.push(`${schema.find((e) => e.name === name)?.sql};`);
    // With their rowids: the search index's rowid is its list order (drizzle/0012_fts_list_order.sql).
    for (const row of query<Record<string, unknown>>(target, `SELECT rowid, * FROM "${name}"`)) {
      const columns = Object.keys(row).map((column) => `"${column}"`);
      parts.push(
        `INSERT INTO "${name}" (${columns.join(", ")}) VALUES (${Object.values(row).map(literal).join(", ")});`,
      );
    }
  }
  parts.push(...schema.filter((e) => e.type === "trigger" && e.sql).map((e) => `${e.sql};`));
  return `${parts.join("\n")}\n`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * `wrangler d1 export --table …` of the given tables. The local export reads the project's
 * `.wrangler/state` only, so another local state is exported from a throw-away project whose
 * state is a link to it.
 */
function exportTables(target: D1Target, tables: string[], only: "--no-data" | "--no-schema"): string {
  const work = mkdtempSync(join(tmpdir(), "healthbreach-export-"));
  try {
    const output = join(work, "tables.sql");
    const args = ["d1", "export", "DB", ...targetFlags(target), "--output", output, only];
    const tableFlags = tables.flatMap((table) => ["--table", table]);
    if (!target.persistTo) {
      wrangler([...args, ...tableFlags], { quiet: true });
    } else {
      const config = readFileSync(join(ROOT, "wrangler.toml"), "utf8")
        .replace(/^main = .*$/m, `main = "${join(ROOT, "worker/index.ts")}"`)
        .replace(/^directory = .*$/m, `directory = "${join(ROOT, "web/dist")}"`)
        .replace(/^migrations_dir = .*$/m, `migrations_dir = "${join(ROOT, "drizzle")}"`);
      writeFileSync(join(work, "wrangler.toml"), config);
      mkdirSync(join(work, ".wrangler"));
      symlinkSync(resolve(target.persistTo), join(work, ".wrangler", "state"), "dir");
      wrangler(["d1", "export", "DB", "--local", "--output", output, only, ...tableFlags], {
        quiet: true,
        cwd: work,
      });
    }
    return readFileSync(output, "utf8");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
