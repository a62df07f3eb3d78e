/**
 * The session cookie. Over https (production, and the Worker tests' https://healthbreach.test)
 * it is `__Host-hb_session`: Secure, HttpOnly, SameSite=Strict, Path=/, no Domain, so that no
 * subdomain or plain-http page can set or read it. A Secure cookie (and so the `__Host-` prefix)
 * cannot be relied on over plain http, which is how `npm start` serves on localhost; there, and
 * only for a loopback host, the cookie is `hb_session` with the same attributes but Secure.
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const SECURE_COOKIE_NAME = "__Host-hb_session";
export const LOCAL_COOKIE_NAME = "hb_session";

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether this request came over the plain-http loopback of local development. */
function isLocalHttp(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === "http:" && loopbackHosts.has(url.hostname);
}

export function readSessionToken(c: Context): string | undefined {
  return getCookie(c, isLocalHttp(c) ? LOCAL_COOKIE_NAME : SECURE_COOKIE_NAME);
}

export function writeSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  const common = { httpOnly: true, sameSite: "Strict", path: "/", maxAge: maxAgeSeconds } as const;
  if (isLocalHttp(c)) setCookie(c, LOCAL_COOKIE_NAME, token, common);
  else setCookie(c, SECURE_COOKIE_NAME, token, { ...common, secure: true });
}

export function clearSessionCookie(c: Context): void {
  if (isLocalHttp(c)) deleteCookie(c, LOCAL_COOKIE_NAME, { path: "/", httpOnly: true, sameSite: "Strict" });
  else deleteCookie(c, SECURE_COOKIE_NAME, { path: "/", secure: true, httpOnly: true, sameSite: "Strict" });
}
