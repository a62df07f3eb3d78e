/**
 * Building blocks for query-string schemas. The validator hands a parameter given once as a
 * string and one given several times as an array, so a single-valued parameter given twice is
 * an error rather than a silent pick, and a repeatable one given once is a list of one.
 */
import { z } from "zod";
import { type BoundingBox, parseBoundingBox } from "../domain/bounding-box";
import { widenPartialDate } from "../domain/partial-date";

export type { BoundingBox };

/** A list of one value, as some callers (the benchmarks) still spell a parameter, is that value. */
function unwrapSingleton(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** A parameter that must appear at most once, parsed by `inner`. */
export function single<T extends z.ZodType<unknown, string>>(inner: T) {
  return z.preprocess(
    unwrapSingleton,
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? "This parameter is required."
            : Array.isArray(issue.input)
              ? "Give this parameter once."
              : "Expected text.",
      })
      .pipe(inner),
  );
}

/** A repeatable parameter (`url=a&url=b`) of at most `max` values: a value given once is a list of one. */
export function list<T extends z.ZodType<unknown, string>>(
  inner: T,
  max: number,
  tooMany = "Too many values.",
) {
  return z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(inner).max(max, tooMany),
  );
}

/** A repeatable parameter whose values all belong to a closed list (`type=a&type=b`). */
export function repeated<const K extends string>(keys: readonly [K, ...K[]]) {
  return z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.enum(keys, { error: `Expected one of: ${keys.join(", ")}.` }))
      .max(keys.length, "Too many values."),
  );
}

/**
 * A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, widened to the first (`start`) or last (`end`)
 * day it covers, so that `from=2021&to=2021` means the whole year 2021.
 */
export function partialDate(bound: "start" | "end") {
  return z.string().transform((value, ctx) => {
    const widened = widenPartialDate(value, bound);
    if ("date" in widened) return widened.date;
    ctx.addIssue({
      code: "custom",
      message:
        widened.problem === "format"
          ? "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD."
          : "This day does not exist.",
    });
    return z.NEVER;
  });
}

/** `bbox=west,south,east,north` in degrees (WGS 84); west > east crosses the antimeridian. */
export const boundingBox = z.string().transform((value, ctx): BoundingBox => {
  const box = parseBoundingBox(value);
  if (box) return box;
  ctx.addIssue({
    code: "custom",
    message: "Expected west,south,east,north in degrees, with -180 ≤ longitude ≤ 180 and south ≤ north ≤ 90.",
  });
  return z.NEVER;
});
