/**
 * Checks the API results against the budgets of DESIGN.md ("Budgets") and prints them. Every
 * budget is reported PASS or FAIL from the measured medians; nothing is rounded in its favour.
 */
import type { HttpResult } from "./http-bench";
import type { Baselines } from "./sqlite-baselines";
import type { Summary } from "./stats";

export type ScenarioResult = {
  scenario: string;
  isFirstView: boolean;
  http: HttpResult;
  baselines: Baselines;
};
export type SizeResult = {
  n: number;
  buildMs: number;
  fromCache: boolean;
  /** A request that reaches the Worker but not D1: the fixed cost of every local response. */
  floor: Summary;
  scenarios: ScenarioResult[];
};
export type BudgetCheck = { n: number; budget: string; scenario: string; measured: string; pass: boolean };

/** "cold response ≤ 2× the raw SQLite query for the same rows" */
const MAX_COLD_OVER_RAW = 2;
/** "bytes transferred for the first view ≤ 300 KB compressed" (KB read as 1000 bytes: the stricter). */
const MAX_FIRST_VIEW_BYTES = 300_000;

export function checkBudgets(results: SizeResult[]): BudgetCheck[] {
  return results.flatMap(({ n, scenarios }) =>
    scenarios.flatMap(({ scenario, isFirstView, http, baselines }) => {
      const ratio = http.cold.median / baselines.raw.median;
      const serverRatio = http.coldServer.median / baselines.raw.median;
      const checks: BudgetCheck[] = [
        {
          n,
          scenario,
          budget: `cold HTTP ≤ ${MAX_COLD_OVER_RAW}× raw SQLite`,
          measured: `${ratio.toFixed(2)}×`,
          pass: ratio <= MAX_COLD_OVER_RAW,
        },
        {
          n,
          scenario,
          budget: `cold D1 time in the Worker ≤ ${MAX_COLD_OVER_RAW}× raw SQLite`,
          measured: `${serverRatio.toFixed(2)}×`,
          pass: serverRatio <= MAX_COLD_OVER_RAW,
        },
        {
          n,
          scenario,
          budget: "warm and 304 faster than cold",
          measured: `${ms(http.warm.median)} / ${ms(http.revalidated.median)} vs ${ms(http.cold.median)} ms`,
          pass: http.warm.median < http.cold.median && http.revalidated.median < http.cold.median,
        },
      ];
      if (isFirstView) {
        checks.push({
          n,
          scenario,
          budget: "first map view ≤ 300 KB gzip",
          measured: kb(http.gzipBytes),
          pass: http.gzipBytes <= MAX_FIRST_VIEW_BYTES,
        });
      }
      return checks;
    }),
  );
}

export function printReport(results: SizeResult[], checks: BudgetCheck[]): void {
  const both = (s: Summary) => `${ms(s.median)} / ${ms(s.p95)}`;
  console.log(
    "\nTimes in ms, median / p95 (HTTP from Node, body read; raw = better-sqlite3 + JSON.stringify)",
  );
  printTable(
    [
      "N",
      "scenario",
      "response",
      "cold",
      "warm (Cache API)",
      "304",
      "raw SQLite",
      "cold/raw",
      "(cold-floor)/raw",
      "D1 in Worker",
      "D1/raw",
    ],
    results.flatMap(({ n, floor, scenarios }) =>
      scenarios.map(({ scenario, http, baselines }) => [
        String(n),
        scenario,
        http.shape,
        both(http.cold),
        both(http.warm),
        both(http.revalidated),
        both(baselines.raw),
        `${(http.cold.median / baselines.raw.median).toFixed(2)}×`,
        `${((http.cold.median - floor.median) / baselines.raw.median).toFixed(2)}×`,
        both(http.coldServer),
        `${(http.coldServer.median / baselines.raw.median).toFixed(2)}×`,
      ]),
    ),
  );
  for (const { n, floor } of results) {
    console.log(`N=${n}: round-trip floor (GET of an unknown /api path: Worker, no D1) ${both(floor)} ms`);
  }
  console.log(
    "\nBytes (gzip: zlib level 6 in Node); naive = SELECT * with the same filters, all rows as JSON",
  );
  printTable(
    ["N", "scenario", "API raw", "API gzip", "naive rows", "naive raw", "naive gzip", "naive ms p50"],
    results.flatMap(({ n, scenarios }) =>
      scenarios.map(({ scenario, http, baselines: b }) => [
        String(n),
        scenario,
        kb(http.bytes),
        kb(http.gzipBytes),
        String(b.naiveRows),
        kb(b.naiveBytes),
        kb(b.naiveGzipBytes),
        ms(b.naive.median),
      ]),
    ),
  );
  const largest = results.at(-1);
  console.log(`\nQuery plans of the API's statements at N=${largest?.n} (EXPLAIN QUERY PLAN)`);
  for (const { scenario, baselines } of largest?.scenarios ?? []) {
    for (const [i, plan] of baselines.plans.entries())
      console.log(`  ${scenario} [${i + 1}]: ${plan.join(" | ")}`);
  }
  console.log("\nBudgets (DESIGN.md)");
  printTable(
    ["", "N", "scenario", "budget", "measured"],
    checks.map((c) => [c.pass ? "PASS" : "FAIL", String(c.n), c.scenario, c.budget, c.measured]),
  );
  const failed = checks.filter((c) => !c.pass).length;
  console.log(`\n${failed === 0 ? "All budgets met." : `${failed} of ${checks.length} budget checks FAIL.`}`);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const kb = (bytes: number) =>
  bytes < 1e6 ? `${(bytes / 1000).toFixed(1)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
