import { and, count, eq, gt, inArray, lte, min } from "drizzle-orm";
import type { Db } from "../client";
import { loginFailures } from "../schema";

/** Failed sign-ins per key since `since`, and the oldest of them (which sets Retry-After). */
export async function countFailures(
  db: Db,
  keys: readonly string[],
  since: Date,
): Promise<Map<string, { failures: number; oldest: string }>> {
  const rows = await db
    .select({ key: loginFailures.key, failures: count(), oldest: min(loginFailures.failedAt) })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [...keys]), gt(loginFailures.failedAt, since.toISOString())))
    .groupBy(loginFailures.key);
  // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
  return new Map(rows.map((row) => [row.key, { failures: row.failures, oldest: row.oldest ?? "" }]));
}

/** Records one failure under every key, and forgets failures older than the window. */
export async function recordFailure(db: Db, keys: readonly string[], now: Date, windowStart: Date) {
  await db.batch([
    db.delete(loginFailures).where(lte(loginFailures.failedAt, windowStart.toISOString())),
    db.insert(loginFailures).values(keys.map((key) => ({ key, failedAt: now.toISOString() }))),
  ]);
}

/** A successful sign-in clears the account's failures; the address's stay counted. */
export function clearFailuresStatement(db: Db, key: string) {
  return db.delete(loginFailures).where(eq(loginFailures.key, key));
}
