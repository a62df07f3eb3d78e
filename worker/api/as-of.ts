import { z } from "zod";
import { single } from "./query-params";

/**
 * `as_of=<ISO 8601 timestamp with Z or an offset>`: the dataset as it stood then. Normalised
 * to UTC with milliseconds, the form the revisions' timestamps are stored in, so that text
 * comparison is time comparison.
 */
export const asOfParam = single(
  z.iso
    .datetime({ offset: true, error: "Expected an ISO 8601 timestamp such as 2025-01-31T00:00:00Z." })
    .transform((value) => new Date(value).toISOString()),
).optional();

/** The full-text index has no history, so a past dataset cannot be searched by words. */
export function refuseSearchInThePast(query: { as_of?: string; q?: string }, ctx: z.RefinementCtx) {
  if (query.as_of && query.q) {
    ctx.addIssue({ code: "custom", path: ["q"], message: "`q` cannot be combined with `as_of`." });
  }
}
