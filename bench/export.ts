/**
 * The streamed exports of issue 7 against their goals: for each size, the whole dataset as CSV
 * and as GeoJSON from `wrangler dev` on the synthetic state, beside a raw better-sqlite3 → CSV
 * baseline on the same database file. Prints the tables and writes bench/results/export-<date>.json.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { startWranglerDev } from "../test/support/wrangler-dev";
import { type ExportBaselines, measureCsvBaseline, measureGeoJsonBaseline } from "./lib/export-baseline";
import { findInspectorTargets, findWorkerUrl } from "./lib/export-direct";
import { type ExportRun, liveHeapHalfway, probe, timeExport } from "./lib/export-http";
import { findWorkerd, readMemory } from "./lib/export-memory";
import {
  checkExportGoals,
  type ExportSizeResult,
  type FormatResult,
  printExportReport,
} from "./lib/export-report";
import { loadAtStart, writeResults } from "./lib/results-file";
import { summarize } from "./lib/stats";
import { buildSyntheticState, ROOT } from "./lib/synthetic-state";
import { d1SimulatorCommittedKb, openWorkerHeap } from "./lib/worker-heap";

const REPS = { export: 3, baseline: 3 };
/** Rows exported in each format before the timed runs, whatever the size: see measureOverHttp. */
const WARM_UP_ROWS = 200_000;
const FORMATS = [
  { name: "csv", path: "/api/export.csv" },
  { name: "geojson", path: "/api/export.geojson" },
] as const;

export async function runExportBench(
  sizes: number[],
): Promise<{ results: ExportSizeResult[]; file: string }> {
  if (!existsSync(join(ROOT, "web/dist"))) {
    throw new Error("web/dist is missing (wrangler dev serves it): run `npm run build` first");
  }
  const loadavgAtStart = loadAtStart("export bench: ");
  const results: ExportSizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n));
  const checks = checkExportGoals(results);
  printExportReport(results, checks);
  const file = writeResults("export", loadavgAtStart, { reps: REPS, results, checks });
  return { results, file };
}

async function benchSize(n: number): Promise<ExportSizeResult> {
  const dir = mkdtempSync(join(tmpdir(), `healthbreach-export-bench-${n}-`));
  try {
    const state = await buildSyntheticState(n, dir);
    console.log(`N=${n}: state ${state.fromCache ? "copied from bench/.cache" : "built"}`);
    // The baselines first, with the server not yet running, so the two never compete for the CPU.
    const sqlite = new Database(state.sqliteFile, { readonly: true });
    let baselines: ExportBaselines;
    try {
      baselines = {
        csv: await measureCsvBaseline(sqlite, n, REPS.baseline),
        geojson: await measureGeoJsonBaseline(sqlite, n, REPS.baseline),
      };
    } finally {
      sqlite.close();
    }
    for (const [format, baseline] of Object.entries(baselines)) {
      console.log(`  baseline better-sqlite3 → ${format}: ${baseline.time.median.toFixed(0)} ms median`);
    }
    const load = loadavg();
    const formats = await measureOverHttp(state.dir, n);
    return { n, loadavg: load, baselines, ...formats };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureOverHttp(stateDir: string, n: number) {
  const server = await startWranglerDev(stateDir);
  try {
    const workerd = findWorkerd(Number(new URL(server.url).port));
    const { worker, proxy } = workerd;
    // Straight to the Worker: wrangler's dev proxy is no part of production (see export-direct.ts).
    const base = await findWorkerUrl(worker);
    // Compile the Worker and open the database.
    for (let i = 0; i < 5; i++) await probe(`${base}/api/meta`);
    // Before any export: what the database alone costs the process.
    const fresh = readMemory(worker);
    // Warm-up, untimed, before "idle": the same number of rows for every size, in whole exports
    // of each format. The process's memory after a fresh start climbs with the total it has read
    // and sent, then levels off: exporting the 10k set's CSV twenty times over took RssAnon from
    // 149 MB after the first to 265-286 MB from the twelfth on, the level one 100k export reaches
    // (293-309 MB over five). It lies with the local D1 simulator (its V8 heap ramps to 70-90 MB)
    // and workerd's native buffers, while the Worker's own heap stays at 12 MB. So a first export
    // measures how much the fresh process has read so far, not what one export holds; with the
    // same volume behind both sizes, the timed peaks compare what an export of each size holds.
    // The first export's peak is still kept and printed ("cold"), not judged.
    const warmUps = Math.ceil(WARM_UP_ROWS / n);
    const cold: Record<string, ExportRun> = {};
    for (let i = 0; i < warmUps; i++) {
      for (const format of FORMATS) {
        const run = await timeExport(`${base}${format.path}`, workerd);
        cold[format.name] ??= run;
      }
    }
    const idle = readMemory(worker);
    const formats: Record<string, FormatResult> = {};
    for (const format of FORMATS) {
      const runs: ExportRun[] = [];
      for (let rep = 0; rep < REPS.export; rep++) {
        // The first run's body is read back and its records counted; the others only timed.
        runs.push(await timeExport(`${base}${format.path}`, workerd, rep === 0 ? n : undefined));
      }
      const first = cold[format.name] as ExportRun;
      formats[format.name] = {
        ...summarizeRuns(runs, n),
        coldPeakRssKb: first.peakRssKb,
        coldPeakAnonKb: first.peakAnonKb,
        liveHalfwayKb: Number.NaN,
      };
      console.log(
        `  ${format.name}: ${formats[format.name]?.mbPerS.toFixed(1)} MB/s, first byte ${formats[format.name]?.ttfbMs.median.toFixed(0)} ms, peak RSS ${((formats[format.name]?.peakRssKb ?? 0) / 1024).toFixed(0)} MB`,
      );
    }
    const end = readMemory(worker);
    // After every timed run, as a heap snapshot stops the isolate and swells the process.
    const heap = await openWorkerHeap(server.inspectorPort);
    const idleLiveKb = await heap.liveKb();
    // What the isolate kept of every timed export: RSS that grew beyond it is not the Worker's.
    const committedKb = await heap.committedKb();
    // …and what the local D1 simulator's isolate, in the same process, has committed meanwhile.
    const d1SimulatorKb = await d1SimulatorCommittedKb(await findInspectorTargets(worker));
    for (const format of FORMATS) {
      const result = formats[format.name] as FormatResult;
      result.liveHalfwayKb = await liveHeapHalfway(`${base}${format.path}`, result.bytes, heap.liveKb);
      console.log(
        `  ${format.name}: Worker's live heap halfway ${(result.liveHalfwayKb / 1024).toFixed(1)} MB`,
      );
    }
    heap.close();
    return {
      workerd: {
        pid: worker,
        idleRssKb: idle.rssKb,
        idleAnonKb: idle.anonKb,
        freshAnonKb: fresh.anonKb,
        hwmKb: end.hwmKb,
        idleLiveKb,
        committedKb,
        d1SimulatorKb,
      },
      proxyHwmKb: proxy ? readMemory(proxy).hwmKb : null,
      formats,
    };
  } finally {
    await server.stop();
  }
}

function summarizeRuns(
  runs: ExportRun[],
  n: number,
): Omit<FormatResult, "liveHalfwayKb" | "coldPeakRssKb" | "coldPeakAnonKb"> {
  const total = summarize(runs.map((run) => run.totalMs));
  const bytes = runs[0]?.bytes ?? 0;
  return {
    bytes,
    totalMs: total,
    ttfbMs: summarize(runs.map((run) => run.ttfbMs)),
    mbPerS: bytes / 1e6 / (total.median / 1000),
    rowsPerS: n / (total.median / 1000),
    peakRssKb: Math.max(...runs.map((run) => run.peakRssKb)),
    peakAnonKb: Math.max(...runs.map((run) => run.peakAnonKb)),
    proxyPeakRssKb: Math.max(...runs.map((run) => run.proxyPeakRssKb ?? Number.NaN)),
    runs,
  };
}
