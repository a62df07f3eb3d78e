/**
 * `npm run import -- hhs <file>` or `npm run import -- ndjson <file>`: loads an HHS OCR portal
 * CSV export, or one of our NDJSON exports, into the local D1 (`--remote`: production), through
 * the write layer the Worker uses. Applies the migrations first, shows a progress bar on a
 * terminal and prints what it created, linked, updated, left unchanged and skipped, and why.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { SingleBar } from "cli-progress";
import { drizzle } from "drizzle-orm/d1";
import { getPlatformProxy } from "wrangler";
import { createFsBoundarySource, readWorldTopology } from "./lib/fs-boundary-source";
import { prepareHhsImport } from "./lib/import/apply-hhs";
import { applyHhsRecords } from "./lib/import/apply-hhs-batch";
import { applyNdjsonRecords, existingIds, parseNdjsonLine } from "./lib/import/apply-ndjson";
import { HhsFileError, parseHhsCsv } from "./lib/import/hhs-parse";
import { emptySummary, formatSummary, record } from "./lib/import/import-summary";
import { loadStatePoints } from "./lib/import/state-points";

const usage = "Usage: npm run import -- hhs|ndjson <file> [--remote] [--persist-to DIR]";
const args = process.argv.slice(2);
const remote = args.includes("--remote");
const persistAt = args.indexOf("--persist-to");
const persistTo = persistAt >= 0 ? args[persistAt + 1] : undefined;
const positional = args.filter((arg, i) => !arg.startsWith("--") && !(persistAt >= 0 && i === persistAt + 1));
const [format, file] = positional;
if ((format !== "hhs" && format !== "ndjson") || !file) {
  console.error(usage);
  process.exit(2);
}

function fail(message: string): never {
  console.error(`Import refused: ${message}`);
  process.exit(1);
}

// Parse before touching the database: a refused file changes nothing.
const text = readFileSync(file, "utf8");
let hhs: ReturnType<typeof parseHhsCsv> | null = null;
let ndjson: ReturnType<typeof parseNdjsonLine>[] = [];
try {
  if (format === "hhs") hhs = parseHhsCsv(text);
  else ndjson = text.split("\n").map(parseNdjsonLine);
} catch (error) {
  fail(
    error instanceof HhsFileError
      ? error.message
      : `${file} is not valid NDJSON: ${(error as Error).message}`,
  );
}
if (hhs?.byPosition)
  console.warn(
    "The header is not the HHS export's; every row's shape proves the columns, so they are read by position.",
  );

// A fresh clone has no tables yet: apply the migrations first (a no-op when they are applied).
const migrate = spawnSync(
  "npx",
  [
    "wrangler",
    "d1",
    "migrations",
    "apply",
    "DB",
    remote ? "--remote" : "--local",
    ...(persistTo ? ["--persist-to", persistTo] : []),
    ...(remote ? ["--env", "remote"] : []),
  ],
  { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } },
);
if (migrate.status !== 0) fail("the migrations could not be applied");

const proxy = await getPlatformProxy<Env>({
  configPath: "wrangler.toml",
  ...(remote ? { environment: "remote" } : {}),
  ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
});
try {
  const db = drizzle(proxy.env.DB);
  const boundaries = createFsBoundarySource();
  const summary = emptySummary();
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "importing [{bar}] {value}/{total} {eta_formatted} left" })
    : null;
  let total = 0;
  let started = performance.now();
  if (hhs) {
    for (const skip of hhs.skipped) summary.skipped.push({ what: `row ${skip.row}`, reason: skip.reason });
    const context = await prepareHhsImport(
      db,
      boundaries,
      await loadStatePoints(boundaries, await readWorldTopology()),
      hhs.records,
    );
    total = hhs.records.length;
    bar?.start(total, 0);
    started = performance.now();
    // New incidents go many to an atomic batch (see apply-hhs-batch.ts).
    await applyHhsRecords(context, hhs.records, (item, outcome) => {
      record(summary, `row ${item.row}`, outcome);
      bar?.increment();
    });
  } else {
    const records = ndjson.filter((item) => item !== null);
    const present = await existingIds(
      db,
      records.map((item) => item.id),
    );
    total = records.length;
    bar?.start(total, 0);
    started = performance.now();
    await applyNdjsonRecords(db, boundaries, records, present, (item, outcome) => {
      record(summary, item.id, outcome);
      bar?.increment();
    });
  }
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${format === "hhs" ? "HHS OCR" : "NDJSON"} import of ${file} (${remote ? "remote" : "local"} D1), ${total} records in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)}/s):`,
  );
  console.log(formatSummary(summary));
} finally {
  await proxy.dispose();
}
