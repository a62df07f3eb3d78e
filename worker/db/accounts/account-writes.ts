import { eq } from "drizzle-orm";
import type { UserRole } from "../../domain/accounts/roles";
import { type AuditEntry, auditStatement } from "../audit/audit-log";
import type { Db } from "../client";
import { users } from "../schema";
import { issueInviteStatements } from "./invites";
import { revokeSessionsStatement } from "./sessions";
import type { UserRecord } from "./users";

type Invitation = { tokenHash: string; expiresAt: Date };

/**
 * Creates an invited account (no password yet) or re-invites one that never accepted, with its
 * invitation and the audit row, in one batch.
 */
export async function inviteUser(
  db: Db,
  input: { id: string; email: string; role: UserRole; existing: UserRecord | null },
  invitation: Invitation,
  actorId: string,
  now: Date,
): Promise<UserRecord> {
  const { id, email, role, existing } = input;
  const stamp = now.toISOString();
  const after: UserRecord = existing
    ? { ...existing, role }
    : { id, email, role, disabled: false, status: "invited", createdAt: stamp, lastLoginAt: null };
  const write = existing
    ? db.update(users).set({ role, updatedAt: stamp }).where(eq(users.id, existing.id))
    : db.insert(users).values({ id, email, role, createdAt: stamp, updatedAt: stamp });
  await db.batch([
    write,
    ...issueInviteStatements(db, { ...invitation, userId: after.id, createdBy: actorId }),
    auditStatement(db, audit(actorId, "user.invite", after.id, existing, after), now),
  ]);
  return after;
}

/**
 * Disables or re-enables an account. Disabling ends every session of the account in the same
 * batch, so that the next request of that person is refused.
 */
export async function setUserDisabled(
  db: Db,
  user: UserRecord,
  disabled: boolean,
  actorId: string,
  now: Date,
): Promise<UserRecord> {
  const after = { ...user, disabled };
  const update = db
    .update(users)
    .set({ disabled, updatedAt: now.toISOString() })
    .where(eq(users.id, user.id));
  const action = disabled ? "user.disable" : "user.enable";
  const entry = auditStatement(db, audit(actorId, action, user.id, user, after), now);
  if (disabled) await db.batch([update, revokeSessionsStatement(db, user.id), entry]);
  else await db.batch([update, entry]);
  return after;
}

function audit(actorId: string, action: string, userId: string, before: unknown, after: unknown): AuditEntry {
  return { actorId, action, targetType: "user", targetId: userId, before, after };
}
