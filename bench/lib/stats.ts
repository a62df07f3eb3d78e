/** Summaries of repeated timings: the median says what is typical, p95 what is slow. */
export type Summary = { n: number; median: number; p95: number };

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles: with 20–50 samples, interpolation would only pretend precision.
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95) };
}

/** Runs `run` `times` times and summarizes the milliseconds each took. */
export async function timeRepeated(times: number, run: (i: number) => unknown): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
