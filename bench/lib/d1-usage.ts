/**
 * The `x-bench-d1` header of the metered Worker (bench/worker/metered-entry.ts), per request,
 * and its summary per regime: D1 round trips, `rows_read` as D1 bills it, D1's own SQL time.
 */
import { type Summary, summarize } from "./stats";

export type D1Sample = { trips: number; rowsRead: number; sqlMs: number; unmetered: number };

export type D1UsageSummary = {
  /** How many requests made 0, 1, 2… round trips, e.g. `{ "0": 49, "1": 1 }`. */
  tripsHistogram: Record<string, number>;
  trips: Summary;
  rowsRead: Summary;
  sqlMs: Summary;
  /** Statements read without `meta` (their rows_read is unknown): 0 when every figure is real. */
  unmetered: number;
};

export function parseD1Header(headers: Headers): D1Sample {
  const header = headers.get("x-bench-d1");
  if (!header)
    throw new Error("no x-bench-d1 header: is wrangler dev running bench/worker/metered-entry.ts?");
  const field = (name: string) => Number(new RegExp(`${name}=([\\d.]+)`).exec(header)?.[1] ?? Number.NaN);
  return {
    trips: field("trips"),
    rowsRead: field("rows_read"),
    sqlMs: field("sql_ms"),
    unmetered: field("unmetered"),
  };
}

export function summarizeD1(samples: D1Sample[]): D1UsageSummary {
  const tripsHistogram: Record<string, number> = {};
  for (const { trips } of samples) tripsHistogram[trips] = (tripsHistogram[trips] ?? 0) + 1;
  return {
    tripsHistogram,
    trips: summarize(samples.map((s) => s.trips)),
    rowsRead: summarize(samples.map((s) => s.rowsRead)),
    sqlMs: summarize(samples.map((s) => s.sqlMs)),
    unmetered: samples.reduce((sum, s) => sum + s.unmetered, 0),
  };
}

/** `0×49 1×1`: how many requests made each number of round trips. */
export function describeTrips(usage: D1UsageSummary): string {
  return Object.entries(usage.tripsHistogram)
    .map(([trips, requests]) => `${trips}×${requests}`)
    .join(" ");
}
