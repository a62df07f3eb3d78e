import type { MiddlewareHandler } from "hono";

/** Path prefixes of the cookie-authenticated API: never cached, never readable cross-origin. */
export const privatePrefixes = ["/api/auth", "/api/moderation", "/api/admin"] as const;

export function isPrivatePath(path: string): boolean {
  return privatePrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Answers of signed-in routes name people and drafts: no shared or browser cache may keep them. */
export function noStore(): MiddlewareHandler {
  return async function noStore(c, next) {
    await next();
    c.header("cache-control", "no-store");
  };
}
