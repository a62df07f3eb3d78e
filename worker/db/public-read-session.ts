/**
 * Where public reads go: a D1 session (Sessions API), so that D1 read replication, once enabled
 * on the database (README, Deploy), serves them from a replica near the reader. Writes,
 * moderation and accounts never come here: they use `getDb(env)`, the primary, in order.
 *
 * - An anonymous reader's session is `first-unconstrained`: its first statement may go to any
 *   replica. A replica may lag the primary, so a change is public everywhere within the
 *   version's hold (`VERSION_TTL_MS`) plus the replica's lag.
 * - A signed-in reader (a moderator or an admin: the session cookie came with the request) gets
 *   `first-primary`, and the dataset cache does not trust the isolate's held version for them:
 *   the version and the rows then come from the primary in the one batch of the read, so the
 *   moderator who just made a change sees it at once, whichever isolate or region answers.
 *   A bookmark cookie would do the same for their next request only, and only with care for
 *   every write path; the cookie they already carry says it for every request, at the cost of
 *   one primary round trip per read, for a handful of people. A forged cookie buys nothing but
 *   that same slower path: no data is private here.
 *
 * Local workerd and Miniflare accept `withSession` and run every statement on the one local
 * database, so both kinds of session behave alike in `npm start` and in the tests.
 */
import { drizzle } from "drizzle-orm/d1";
import type { Db } from "./client";

export type PublicReadSession = {
  db: Db;
  /** True for a signed-in reader: read the version with every request, from the primary. */
  readsFromPrimary: boolean;
};

export function openPublicReadSession(
  env: { DB: D1Database },
  reader: { signedIn: boolean },
): PublicReadSession {
  const session = env.DB.withSession(reader.signedIn ? "first-primary" : "first-unconstrained");
  // drizzle's D1 driver only calls prepare() and batch(), which a session has.
  return { db: drizzle(session as unknown as D1Database), readsFromPrimary: reader.signedIn };
}
