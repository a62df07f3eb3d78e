import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ROOT } from "./synthetic-state";

/** The load average now, printed at the start of a bench so that the figures can be judged. */
export function loadAtStart(label: string): number[] {
  const load = loadavg();
  console.log(
    `${label}load average at start: ${load.map((l) => l.toFixed(2)).join(" ")} (${cpus().length} CPUs)`,
  );
  return load;
}

/**
 * Writes one run's results to bench/results/<kind>-<time>.json with the machine they were
 * measured on: other work on the machine skews every figure, so the load goes beside them.
 */
export function writeResults(
  kind: string,
  loadavgAtStart: number[],
  payload: Record<string, unknown>,
): string {
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${kind}-${new Date().toISOString().replace(/:/g, "-").slice(0, 19)}.json`);
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadavgAtStart,
    loadavgAtEnd: loadavg(),
  };
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, ...payload }, null, 2));
  console.log(`Results written to ${file}`);
  return file;
}
