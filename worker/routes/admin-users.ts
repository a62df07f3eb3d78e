/**
 * Account management for admins: `GET /api/admin/users`, `POST /api/admin/users` (invite),
 * `POST /api/admin/users/:id/disable|enable`. The role check is `requireRole("admin")` in app.ts.
 */
import { consoleRoute } from "../api/openapi-responses";
import { userIdParams } from "../api/path-params";
import { readValidBody } from "../api/read-body";
import { inviteUser, setUserDisabled } from "../db/accounts/account-writes";
import { findUserByEmail, findUserById, listUsers, toUserRecord } from "../db/accounts/users";
import type { Db } from "../db/client";
import { inviteInput } from "../domain/accounts/account-input";
import { hashToken, newId, newToken } from "../lib/auth/tokens";
import { ApiError } from "../lib/problem";
import { createRouter, type SignedInEnv } from "../lib/router";

/** An invitation is good for a week; a re-sent one replaces it. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const accountRoute = (path: "/{id}/disable" | "/{id}/enable") =>
  consoleRoute({ method: "post", path, request: { params: userIdParams } });

export const adminUserRoutes = createRouter<SignedInEnv>()
  .openapi(consoleRoute({ method: "get", path: "/" }), async function listAccounts(c) {
    return c.json({ items: await listUsers(c.var.db) });
  })
  .openapi(consoleRoute({ method: "post", path: "/" }), async function inviteAccount(c) {
    const { email, role } = await readValidBody(c, inviteInput);
    const db = c.var.db;
    const existingRow = await findUserByEmail(db, email);
    if (existingRow?.passwordHash) {
      throw new ApiError("conflict", "An account with this e-mail address already exists.", [
        { pointer: "/email", detail: "Already has an account." },
      ]);
    }
    const now = new Date();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
    const user = await inviteUser(
      db,
      { id: newId("usr"), email, role, existing: existingRow ? toUserRecord(existingRow) : null },
      { tokenHash: await hashToken(token), expiresAt },
      c.var.user.id,
      now,
    );
    // The token travels in the fragment, which browsers never send to a server or put in a log.
    return c.json(
      { user, inviteUrl: `/moderation/#/invite/${token}`, expiresAt: expiresAt.toISOString() },
      201,
    );
  })
  .openapi(accountRoute("/{id}/disable"), async function disableAccount(c) {
    const user = await loadUser(c.var.db, c.req.valid("param").id);
    if (user.id === c.var.user.id) {
      throw new ApiError("conflict", "You cannot disable your own account; ask another admin.");
    }
    const after = user.disabled
      ? user
      : await setUserDisabled(c.var.db, user, true, c.var.user.id, new Date());
    return c.json({ user: after });
  })
  .openapi(accountRoute("/{id}/enable"), async function enableAccount(c) {
    const user = await loadUser(c.var.db, c.req.valid("param").id);
    const after = user.disabled
      ? await setUserDisabled(c.var.db, user, false, c.var.user.id, new Date())
      : user;
    return c.json({ user: after });
  });

async function loadUser(db: Db, id: string) {
  const row = await findUserById(db, id);
  if (!row) throw new ApiError("not_found", `No account has the id ${id.slice(0, 40)}.`);
  return toUserRecord(row);
}
