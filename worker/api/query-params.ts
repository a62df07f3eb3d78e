/**
 * Building blocks for query-string schemas. Query values arrive as arrays (`c.req.queries()`),
 * so a single-valued parameter given twice is an error rather than a silent pick.
 */
import { z } from "zod";

/** A parameter that must appear at most once, parsed by `inner`. */
export function single<T extends z.ZodType<unknown, string>>(inner: T) {
  return z
    .array(z.string(), {
      error: (issue) => (issue.input === undefined ? "This parameter is required." : "Expected text."),
    })
    .max(1, "Give this parameter once.")
    .transform((values) => values[0])
    .pipe(inner);
}

/** A repeatable parameter whose values all belong to a closed list (`type=a&type=b`). */
export function repeated<const K extends string>(keys: readonly [K, ...K[]]) {
  return z
    .array(z.enum(keys, { error: `Expected one of: ${keys.join(", ")}.` }))
    .max(keys.length, "Too many values.");
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, widened to the first (`start`) or last (`end`)
 * day it covers, so that `from=2021&to=2021` means the whole year 2021.
 */
export function partialDate(bound: "start" | "end") {
  return z.string().transform((value, ctx) => {
    const match = partialDatePattern.exec(value);
    const [year, month, day] = match ? match.slice(1).map((part) => (part ? Number(part) : undefined)) : [];
    if (!match || year === undefined || (month !== undefined && (month < 1 || month > 12))) {
      ctx.addIssue({ code: "custom", message: "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD." });
      return z.NEVER;
    }
    const m = month ?? (bound === "start" ? 1 : 12);
    const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
    const d = day ?? (bound === "start" ? 1 : lastDay);
    if (d < 1 || d > lastDay) {
      ctx.addIssue({ code: "custom", message: "This day does not exist." });
      return z.NEVER;
    }
    return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  });
}

export type BoundingBox = { west: number; south: number; east: number; north: number };

/** `bbox=west,south,east,north` in degrees (WGS 84); west > east crosses the antimeridian. */
export const boundingBox = z.string().transform((value, ctx): BoundingBox => {
  const parts = value.split(",");
  const numbers = parts.map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  const [west = Number.NaN, south = Number.NaN, east = Number.NaN, north = Number.NaN] = numbers;
  const valid =
    parts.length === 4 &&
    numbers.every(Number.isFinite) &&
    Math.abs(west) <= 180 &&
    Math.abs(east) <= 180 &&
    Math.abs(south) <= 90 &&
    Math.abs(north) <= 90 &&
    south <= north;
  if (!valid) {
    ctx.addIssue({
      code: "custom",
      message:
        "Expected west,south,east,north in degrees, with -180 ≤ longitude ≤ 180 and south ≤ north ≤ 90.",
    });
    return z.NEVER;
  }
  return { west, south, east, north };
});
