import { and, eq, gt, lte } from "drizzle-orm";
import type { AccountUser } from "../../domain/accounts/roles";
import type { Db } from "../client";
import { sessions, users } from "../schema";

/**
 * The user behind a session token hash, if the session has not expired and the account is
 * enabled. A disabled account's sessions are deleted when it is disabled; the check here also
 * holds for a row written by any other path.
 */
export async function findSessionUser(db: Db, tokenHash: string, now: Date): Promise<AccountUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role, disabled: users.disabled })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now.toISOString())))
    .limit(1);
  if (!row || row.disabled) return null;
  return { id: row.id, email: row.email, role: row.role };
}

/** Statements that open a session and drop the user's expired ones, for one batch. */
export function openSessionStatements(db: Db, userId: string, tokenHash: string, now: Date, expiresAt: Date) {
  return [
    db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now.toISOString()))),
    db
      .insert(sessions)
      .values({ tokenHash, userId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() }),
    db.update(users).set({ lastLoginAt: now.toISOString() }).where(eq(users.id, userId)),
  ] as const;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user: on disable. */
export function revokeSessionsStatement(db: Db, userId: string) {
  return db.delete(sessions).where(eq(sessions.userId, userId));
}
