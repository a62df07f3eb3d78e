import type { Context } from "hono";
import { openSessionStatements } from "../../db/accounts/sessions";
import type { Db } from "../../db/client";
import { writeSessionCookie } from "./session-cookie";
import { hashToken, newToken } from "./tokens";

/** Sessions end after a working day, whatever happens; signing in again starts a new one. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

/**
 * Makes a session token, returns the statements that store its hash (for the caller's batch),
 * and a function that sets the cookie once the batch has succeeded.
 */
export async function prepareSession(db: Db, userId: string, now: Date) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const statements = openSessionStatements(db, userId, await hashToken(token), now, expiresAt);
  return {
    statements,
    setCookie: (c: Context) => writeSessionCookie(c, token, SESSION_LIFETIME_MS / 1000),
  };
}
