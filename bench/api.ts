/**
 * The public read API against its budgets (DESIGN.md, "Budgets"): for each size, a synthetic
 * local state, the SQLite baselines on its database file, then the same reads over HTTP from
 * `wrangler dev` serving that state. Prints the tables and writes bench/results/api-<date>.json.
 */

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { startWranglerDev } from "../test/support/wrangler-dev";
import { checkBudgets, printReport, type ScenarioResult, type SizeResult } from "./lib/api-report";
import { scenarios } from "./lib/api-scenarios";
import { measureHttp } from "./lib/http-bench";
import { loadAtStart, writeResults } from "./lib/results-file";
import { type Baselines, measureBaselines } from "./lib/sqlite-baselines";
import { timeRepeated } from "./lib/stats";
import { buildSyntheticState, ROOT } from "./lib/synthetic-state";

const REPS = { cold: 20, warm: 50, revalidated: 50, raw: 20, naive: 3 };
const FIRST_VIEW = "map world z2";
const METERED_ENTRY = "bench/worker/metered-entry.ts";

export async function runApiBench(sizes: number[]): Promise<{ results: SizeResult[]; file: string }> {
  if (!existsSync(join(ROOT, "web/dist"))) {
    throw new Error("web/dist is missing (wrangler dev serves it): run `npm run build` first");
  }
  const loadavgAtStart = loadAtStart("");
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n));
  const checks = checkBudgets(results);
  printReport(results, checks);

  const file = writeResults("api", loadavgAtStart, { reps: REPS, results, checks });
  return { results, file };
}

async function benchSize(n: number): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), `healthbreach-bench-${n}-`));
  try {
    const state = await buildSyntheticState(n, dir);
    console.log(
      `N=${n}: state ${state.fromCache ? "copied from bench/.cache" : "built"} (build took ${(state.buildMs / 1000).toFixed(1)} s)`,
    );

    // Baselines first, with the server not yet running, so the two never compete for the CPU.
    const sqlite = new Database(state.sqliteFile);
    const baselines: Baselines[] = [];
    try {
      for (const scenario of scenarios) baselines.push(await measureBaselines(sqlite, scenario, REPS));
    } finally {
      sqlite.close();
    }

    const { floor, measured } = await measureOverHttp(state.dir, baselines);
    return { n, buildMs: state.buildMs, fromCache: state.fromCache, floor, scenarios: measured };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureOverHttp(stateDir: string, baselines: Baselines[]) {
  // The application behind a meter of its D1 binding: every answer says what it cost D1.
  const server = await startWranglerDev(stateDir, undefined, { script: METERED_ENTRY });
  try {
    // A few requests so that workerd has compiled the Worker and opened the database.
    for (let i = 0; i < 5; i++) await (await fetch(`${server.url}/api/meta`)).arrayBuffer();
    // What any request costs locally (Node fetch, wrangler's proxy, workerd, Hono) without D1.
    const floor = await timeRepeated(REPS.warm, async () => {
      await (await fetch(`${server.url}/api/bench-round-trip-floor`)).arrayBuffer();
    });
    const measured: ScenarioResult[] = [];
    for (const [i, scenario] of scenarios.entries()) {
      console.log(`  ${scenario.name}`);
      const http = await measureHttp(server.url, scenario, REPS);
      const isFirstView = scenario.name === FIRST_VIEW;
      measured.push({ scenario: scenario.name, isFirstView, http, baselines: baselines[i] as Baselines });
    }
    return { floor, measured };
  } finally {
    await server.stop();
  }
}
