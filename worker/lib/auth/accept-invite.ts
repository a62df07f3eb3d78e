import type { Context } from "hono";
import { acceptInviteStatements, findInvitedUser } from "../../db/accounts/invites";
import { toUserRecord } from "../../db/accounts/users";
import { auditStatement } from "../../db/audit/audit-log";
import type { AccountUser } from "../../domain/accounts/roles";
import { ApiError } from "../problem";
import type { AppEnv } from "../router";
import { hashPassword } from "./password";
import { prepareSession } from "./sessions";
import { hashToken } from "./tokens";

/**
 * Sets the password of an invited account, spends the invitation, signs the person in, and
 * records it in the audit log, all in one batch.
 */
export async function acceptInvite(
  c: Context<AppEnv>,
  input: { token: string; password: string },
): Promise<AccountUser> {
  const db = c.var.db;
  const now = new Date();
  const user = await findInvitedUser(db, await hashToken(input.token), now);
  if (!user || user.disabled) {
    throw new ApiError("not_found", "This invitation does not exist, was used, or has expired.");
  }
  const passwordHash = await hashPassword(input.password);
  const session = await prepareSession(db, user.id, now);
  const before = toUserRecord(user);
  await db.batch([
    ...acceptInviteStatements(db, user.id, passwordHash, now),
    ...session.statements,
    auditStatement(
      db,
      {
        actorId: user.id,
        action: "user.accept_invite",
        targetType: "user",
        targetId: user.id,
        before,
        after: { ...before, status: "active" },
      },
      now,
    ),
  ]);
  session.setCookie(c);
  return { id: user.id, email: user.email, role: user.role };
}
