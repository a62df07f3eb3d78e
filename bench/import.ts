/**
 * The HHS OCR importer against a fresh local D1: `npm run import -- hhs <file> --persist-to <dir>`
 * exactly as a user runs it (migrations, parsing, matching, the write layer), then the same file
 * again, which must create nothing. Reports records per second and writes
 * bench/results/import-<date>.json. Skipped, and said so, when ../shared/data holds no HHS file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_SHARED_DATA } from "./lib/positions";
import { loadAtStart, writeResults } from "./lib/results-file";
import { ROOT } from "./lib/synthetic-state";

export type ImportRun = {
  pass: "first" | "again";
  loadavg: number[];
  records: number;
  /** The importer's own figure: writing the records, after parsing and migrations. */
  importSeconds: number;
  recordsPerS: number;
  /** The whole command, start-up and migrations included. */
  wallSeconds: number;
  summary: string;
};

/** The portal's archive export as ../shared/data keeps it (`hhs-ocr-breach-archive-YYYY-MM.csv`). */
export function findHhsFile(dataDir = DEFAULT_SHARED_DATA): string | null {
  if (!existsSync(dataDir)) return null;
  const name = readdirSync(dataDir).find((file) => /^hhs.*\.csv$/i.test(file));
  return name ? join(dataDir, name) : null;
}

export async function runImportBench(): Promise<{ runs: ImportRun[]; file: string | null }> {
  const hhsFile = findHhsFile();
  if (!hhsFile) {
    console.log(`\nImport bench skipped: no HHS OCR breach file (hhs*.csv) in ${DEFAULT_SHARED_DATA}.`);
    return { runs: [], file: null };
  }
  const loadavgAtStart = loadAtStart("\nimport bench: ");
  const dir = mkdtempSync(join(tmpdir(), "healthbreach-import-bench-"));
  const runs: ImportRun[] = [];
  try {
    runs.push(importOnce(hhsFile, dir, "first"));
    runs.push(importOnce(hhsFile, dir, "again"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nHHS import of ${hhsFile} into a fresh local D1`);
  for (const run of runs) {
    console.log(
      `  ${run.pass === "first" ? "first import" : "same file again"}: ${run.records} records in ${run.importSeconds.toFixed(1)} s = ${run.recordsPerS.toFixed(0)} records/s ` +
        `(whole command ${run.wallSeconds.toFixed(1)} s; load average ${run.loadavg.map((l) => l.toFixed(2)).join(" ")})`,
    );
    console.log(`    ${run.summary.split("\n").join("\n    ")}`);
  }
  const file = writeResults("import", loadavgAtStart, { hhsFile, runs });
  return { runs, file };
}

function importOnce(hhsFile: string, stateDir: string, pass: ImportRun["pass"]): ImportRun {
  const load = loadavg();
  const start = performance.now();
  const result = spawnSync(
    join(ROOT, "node_modules/.bin/tsx"),
    ["scripts/import.ts", "hhs", hhsFile, "--persist-to", stateDir],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, CI: "true" }, maxBuffer: 64 * 1024 * 1024 },
  );
  const wallSeconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new Error(`the import failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
  // "HHS OCR import of <file> (local D1), 4518 records in 12.3 s (367/s):" then the summary.
  const match = /, (\d+) records in ([\d.]+) s \(/.exec(result.stdout);
  if (!match) throw new Error(`no timing line in the importer's output:\n${result.stdout}`);
  const records = Number(match[1]);
  const importSeconds = Number(match[2]);
  const summary = result.stdout.slice(result.stdout.indexOf(":\n", match.index) + 2).trim();
  return {
    pass,
    loadavg: load,
    records,
    importSeconds,
    recordsPerS: records / importSeconds,
    wallSeconds,
    summary,
  };
}
