/**
 * Sign-in for moderators and admins: `POST /api/auth/login`, `POST /api/auth/logout`,
 * `GET /api/auth/me`, `POST /api/auth/accept-invite`. Same-origin checked in app.ts.
 */
import { consoleRoute } from "../api/openapi-responses";
import { readValidBody } from "../api/read-body";
import { deleteSession } from "../db/accounts/sessions";
import { findUserByEmail } from "../db/accounts/users";
import { acceptInviteInput, loginInput } from "../domain/accounts/account-input";
import type { AccountUser } from "../domain/accounts/roles";
import { acceptInvite } from "../lib/auth/accept-invite";
import {
  assertNotThrottled,
  forgetAccountFailures,
  noteFailedLogin,
  throttleKeys,
} from "../lib/auth/login-throttle";
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from "../lib/auth/password";
import { clearSessionCookie, readSessionToken } from "../lib/auth/session-cookie";
import { prepareSession } from "../lib/auth/sessions";
import { readSignedInUser } from "../lib/auth/signed-in-user";
import { hashToken } from "../lib/auth/tokens";
import { addressSalt, clientAddress } from "../lib/client-address";
import { ApiError } from "../lib/problem";
import { createRouter } from "../lib/router";

export const authRoutes = createRouter()
  .openapi(consoleRoute({ method: "post", path: "/login" }), async function login(c) {
    const { email, password } = await readValidBody(c, loginInput);
    const db = c.var.db;
    const now = new Date();
    const normalised = email.trim().toLowerCase();
    const keys = await throttleKeys(normalised, clientAddress(c), addressSalt(c.env));
    await assertNotThrottled(db, keys, now);

    const user = await findUserByEmail(db, normalised);
    // Always one PBKDF2 run, so that an unknown address answers as slowly as a known one.
    const matches = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
    if (!user?.passwordHash || user.disabled || !matches) {
      await noteFailedLogin(db, keys, now);
      throw new ApiError("unauthorized", "The e-mail address or the password is wrong.");
    }
    const session = await prepareSession(db, user.id, now);
    await db.batch([...session.statements, forgetAccountFailures(db, keys)]);
    session.setCookie(c);
    return c.json({ user: { id: user.id, email: user.email, role: user.role } satisfies AccountUser });
  })
  .openapi(consoleRoute({ method: "post", path: "/logout" }), async function logout(c) {
    const token = readSessionToken(c);
    if (token && token.length <= 128) await deleteSession(c.var.db, await hashToken(token));
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(consoleRoute({ method: "get", path: "/me" }), async function me(c) {
    const user = await readSignedInUser(c);
    if (!user) throw new ApiError("unauthorized", "Sign in to continue.");
    return c.json({ user });
  })
  .openapi(consoleRoute({ method: "post", path: "/accept-invite" }), async function acceptInvitation(c) {
    const input = await readValidBody(c, acceptInviteInput);
    const user = await acceptInvite(c, input);
    return c.json({ user });
  });
