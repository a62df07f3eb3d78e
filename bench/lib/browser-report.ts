/**
 * The browser bench's results, its budget checks (DESIGN.md, "Budgets") and its printed tables.
 * Timings are judged on the median (p95 printed beside it); byte budgets on gzip sizes, since
 * wrangler dev does not compress what Cloudflare compresses in production. 1 KB = 1,000 bytes.
 */
import type { FirstViewBytes } from "./browser-bytes";
import type { FirstDraw } from "./browser-page";
import type { Summary } from "./stats";
import type { ViewFailure } from "./view-retry";

export const BUDGET = {
  firstPaintMs: 1000,
  /** Our world view's first paint over the bare baseline's (Leaflet + the same boundaries). */
  baselineRatio: 1.5,
  redrawMs: 50,
  firstViewGzip: 300_000,
  jsGzip: 100_000,
};
export const BASELINE_LABEL = "bare baseline (Leaflet + boundaries)";

export type FirstPaintResult = {
  label: string;
  drawn: Summary;
  painted: Summary;
  /** Every run's navigation-to-mark time, in run order. */
  samples: number[];
  /** Medians of each phase across the runs, for "where the time goes". */
  phases: Record<string, number>;
  detail: FirstDraw["detail"];
};
export type RedrawResult = {
  label: string;
  ms: Summary;
  syncMs: Summary;
  samples: number[];
  detail?: string;
};
export type SizeResult = {
  n: number;
  pointsView: string;
  firstPaint: FirstPaintResult[];
  redraw: RedrawResult[];
  /** Missing when the first-view bytes could not be measured (see `failures`). */
  bytes?: FirstViewBytes;
  /** Views that failed twice and were left out of the figures above. */
  failures: ViewFailure[];
};
export type Check = { n: number; what: string; value: string; budget: string; pass: boolean };

const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (v: number) => `${(v / 1000).toFixed(1)} KB`;

export function checkBudgets(results: SizeResult[]): Check[] {
  const checks: Check[] = [];
  for (const r of results) {
    for (const f of r.firstPaint) {
      if (f.label === BASELINE_LABEL) continue;
      const value = `${ms(f.drawn.median)} (p95 ${ms(f.drawn.p95)}, n=${f.drawn.n})`;
      const pass = f.drawn.median <= BUDGET.firstPaintMs;
      checks.push({ n: r.n, what: `first paint: ${f.label}`, value, budget: "≤ 1000 ms", pass });
    }
    const world = r.firstPaint.find((f) => f.label === "world (default)");
    const baseline = r.firstPaint.find((f) => f.label === BASELINE_LABEL);
    if (world && baseline) {
      const ratio = world.drawn.median / baseline.drawn.median;
      const value = `${ratio.toFixed(2)}× (${ms(world.drawn.median)} / ${ms(baseline.drawn.median)}; p95 ${ms(world.drawn.p95)} / ${ms(baseline.drawn.p95)})`;
      const what = "first paint, world ÷ bare baseline (medians)";
      checks.push({
        n: r.n,
        what,
        value,
        budget: `≤ ${BUDGET.baselineRatio}×`,
        pass: ratio <= BUDGET.baselineRatio,
      });
    }
    for (const d of r.redraw) {
      const value = `${ms(d.ms.median)} (p95 ${ms(d.ms.p95)}, n=${d.ms.n})`;
      const pass = d.ms.median <= BUDGET.redrawMs;
      checks.push({ n: r.n, what: `redraw: ${d.label}`, value, budget: "≤ 50 ms", pass });
    }
    for (const f of r.failures) {
      const value = `failed ${f.attempts}× (${f.error})`;
      checks.push({ n: r.n, what: `view: ${f.view}`, value, budget: "draws", pass: false });
    }
    if (!r.bytes) continue;
    const { total, byKind } = r.bytes;
    checks.push({
      n: r.n,
      what: "first-view bytes, gzipped bodies",
      value: `${kb(total.gzip)} (wire ${kb(total.wire)})`,
      budget: "≤ 300 KB",
      pass: total.gzip <= BUDGET.firstViewGzip,
    });
    checks.push({
      n: r.n,
      what: `JS at first view, gzipped (${byKind.js.count} files)`,
      value: `${kb(byKind.js.gzip)} (raw ${kb(byKind.js.body)})`,
      budget: "≤ 100 KB",
      pass: byKind.js.gzip <= BUDGET.jsGzip,
    });
  }
  return checks;
}

function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
}

export function printReport(results: SizeResult[], checks: Check[]): void {
  for (const r of results) {
    console.log(`\nN=${r.n.toLocaleString("en")}: points view ${r.pointsView}`);
    console.log("First paint, medians in ms since navigation start (where the time goes):");
    const phaseNames = Object.keys(r.firstPaint[0]?.phases ?? {});
    table([
      ["view", "drawn", "painted", ...phaseNames, "data drawn"],
      ...r.firstPaint.map((f) => [
        f.label,
        ms(f.drawn.median),
        ms(f.painted.median),
        ...phaseNames.map((p) => ms(f.phases[p] ?? Number.NaN)),
        `${f.detail.mode} ${f.detail.total}`,
      ]),
    ]);
    console.log(
      "Redraws (move → next rendered frame, or → mark for refetches; sync = JS run by the move itself):",
    );
    table([
      ["move", "median", "p95", "sync median", "data"],
      ...r.redraw.map((d) => [d.label, ms(d.ms.median), ms(d.ms.p95), ms(d.syncMs.median), d.detail ?? ""]),
    ]);
    if (r.bytes) printBytes(r.bytes);
    compareClusterers(r);
  }
  console.log("\nBudgets (timings judged on the median; bytes on gzip, as Cloudflare compresses):");
  table([
    ["N", "what", "measured", "budget", "result"],
    ...checks.map((c) => [String(c.n), c.what, c.value, c.budget, c.pass ? "PASS" : "FAIL"]),
  ]);
}

function printBytes(bytes: FirstViewBytes): void {
  console.log(`First-view bytes (Content-Encoding seen: ${bytes.encodings.join(", ") || "none"}):`);
  table([
    ["kind", "files", "wire", "body", "gzip"],
    ...Object.entries({ ...bytes.byKind, total: bytes.total }).map(([kind, b]) => [
      kind,
      String(b.count),
      kb(b.wire),
      kb(b.body),
      kb(b.gzip),
    ]),
  ]);
}

/** Supercluster (shipped) against leaflet.markercluster, same data, same run. */
function compareClusterers(r: SizeResult): void {
  const pairs = [
    ["first paint, points", r.firstPaint.map((f) => [f.label, f.drawn.median] as const)],
    ["local redraw", r.redraw.map((d) => [d.label, d.ms.median] as const)],
  ] as const;
  for (const [what, rows] of pairs) {
    const sc = rows.find(([label]) => label.includes("supercluster"))?.[1];
    const mc = rows.find(([label]) => label.includes("markercluster"))?.[1];
    if (sc === undefined || mc === undefined) continue;
    const [faster, slower] = sc <= mc ? ["supercluster", "markercluster"] : ["markercluster", "supercluster"];
    console.log(
      `Clusterers, ${what}: supercluster ${ms(sc)}, markercluster ${ms(mc)}: ${faster} faster than ${slower} by ${ms(Math.abs(sc - mc))}.`,
    );
  }
}
