import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { idempotencyKeys, type NewReportRow, reports } from "../schema";

export type Idempotency = { keyHash: string; bodyHash: string };

/** What became of a submission: stored now, the same one stored before, or a key reused for another body. */
export type StoreOutcome =
  | { kind: "stored"; reportId: string }
  | { kind: "replay"; reportId: string }
  | { kind: "key_reused" };

/** The earlier submission with this `Idempotency-Key`, if any. */
export async function findByIdempotencyKey(db: Db, idempotency: Idempotency): Promise<StoreOutcome | null> {
  const [row] = await db
    .select({ bodyHash: idempotencyKeys.bodyHash, reportId: idempotencyKeys.reportId })
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.keyHash, idempotency.keyHash));
  if (!row) return null;
  return row.bodyHash === idempotency.bodyHash
    ? { kind: "replay", reportId: row.reportId }
    : { kind: "key_reused" };
}

/**
 * Stores a report, and its idempotency key in the same batch. The key's primary key settles a
 * race between two submissions with one key: the second batch fails whole, stores nothing, and
 * gets the first one's outcome.
 */
export async function storeReport(
  db: Db,
  row: NewReportRow & { id: string },
  idempotency?: Idempotency,
): Promise<StoreOutcome> {
  if (!idempotency) {
    await db.insert(reports).values(row);
    return { kind: "stored", reportId: row.id };
  }
  try {
    await db.batch([
      db.insert(reports).values(row),
      db
        .insert(idempotencyKeys)
        .values({ keyHash: idempotency.keyHash, bodyHash: idempotency.bodyHash, reportId: row.id }),
    ]);
    return { kind: "stored", reportId: row.id };
  } catch (error) {
    const earlier = await findByIdempotencyKey(db, idempotency);
    if (earlier) return earlier;
    throw error;
  }
}
