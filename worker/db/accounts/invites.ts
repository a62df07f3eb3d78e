import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../client";
import { invites, type UserRow, users } from "../schema";

/** The account an unexpired invitation opens, if any. */
export async function findInvitedUser(db: Db, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(invites)
    .innerJoin(users, eq(users.id, invites.userId))
    .where(and(eq(invites.tokenHash, tokenHash), gt(invites.expiresAt, now.toISOString())))
    .limit(1);
  return row?.user;
}

/**
 * Statements that replace a user's invitations by one new one: a re-sent invitation retires
 * the link sent before.
 */
export function issueInviteStatements(
  db: Db,
  invite: { tokenHash: string; userId: string; createdBy: string; expiresAt: Date },
) {
  return [
    db.delete(invites).where(eq(invites.userId, invite.userId)),
    db.insert(invites).values({ ...invite, expiresAt: invite.expiresAt.toISOString() }),
  ] as const;
}

/** Statements that set the password and spend every invitation of the user: links are one-time. */
export function acceptInviteStatements(db: Db, userId: string, passwordHash: string, now: Date) {
  return [
    db.update(users).set({ passwordHash, updatedAt: now.toISOString() }).where(eq(users.id, userId)),
    db.delete(invites).where(eq(invites.userId, userId)),
  ] as const;
}
