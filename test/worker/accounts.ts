/**
 * Test accounts and sessions, stored directly (the way `admin:create` and an accepted invitation
 * leave them), and requests that carry a session cookie and the app's own Origin.
 */
import { env } from "cloudflare:workers";
import { getDb } from "../../worker/db/client";
import { sessions, users } from "../../worker/db/schema";
import type { UserRole } from "../../worker/domain/accounts/roles";
import { hashPassword } from "../../worker/lib/auth/password";
import { SECURE_COOKIE_NAME } from "../../worker/lib/auth/session-cookie";
import { hashToken, newId, newToken } from "../../worker/lib/auth/tokens";
import { request } from "./request";

export const APP_ORIGIN = "https://healthbreach.test";
export const TEST_PASSWORD = "correct horse battery staple";

let passwordHash: Promise<string> | undefined;

export type TestUser = { id: string; email: string; role: UserRole; password: string };

/** An active account with TEST_PASSWORD (hashed once per file: PBKDF2 is slow on purpose). */
export async function createUser(
  role: UserRole,
  options: { disabled?: boolean; invited?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = newId("usr");
  const email = `${id}@moderators.example`;
  await getDb(env)
    .insert(users)
    .values({
      id,
      email,
      role,
      passwordHash: options.invited ? null : await passwordHash,
      disabled: options.disabled ?? false,
    });
  return { id, email, role, password: TEST_PASSWORD };
}

/** A session of `user` (expiring in an hour, or an hour ago); returns its Cookie header. */
export async function createSession(
  user: { id: string },
  options: { expired?: boolean } = {},
): Promise<string> {
  const token = newToken();
  const hour = 60 * 60 * 1000;
  const expiresAt = new Date(Date.now() + (options.expired ? -hour : hour)).toISOString();
  await getDb(env)
    .insert(sessions)
    .values({ tokenHash: await hashToken(token), userId: user.id, expiresAt });
  return `${SECURE_COOKIE_NAME}=${token}`;
}

export type CallOptions = {
  method?: string;
  cookie?: string;
  body?: unknown;
  origin?: string | null;
  ifMatch?: string;
  headers?: Record<string, string>;
};

/** A request as the moderation console sends it: JSON, its own Origin, the session cookie. */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.origin !== null && method !== "GET") headers.set("origin", options.origin ?? APP_ORIGIN);
  if (options.ifMatch) headers.set("if-match", options.ifMatch);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  return request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/** The session token a response set, as a Cookie header for the next request. */
export function sessionCookieOf(response: Response): string | null {
  const header = response.headers
    .getAll("set-cookie")
    .find((value) => value.startsWith(`${SECURE_COOKIE_NAME}=`));
  const pair = header?.split(";")[0];
  return pair && pair !== `${SECURE_COOKIE_NAME}=` ? pair : null;
}
