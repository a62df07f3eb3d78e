import type { MiddlewareHandler } from "hono";
import { ApiError } from "../lib/problem";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie-authenticated routes: a state-changing request must carry an `Origin`
 * equal to the app's own. Browsers send `Origin` on every cross-origin and every non-GET
 * same-origin fetch, so a missing one is refused too (OWASP CSRF cheat sheet, "Verifying origin
 * with standard headers"). Hono's `csrf()` checks only form content types; this checks all.
 */
export function requireSameOrigin(): MiddlewareHandler {
  return async function requireSameOrigin(c, next) {
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header("origin");
      if (origin !== new URL(c.req.url).origin) {
        throw new ApiError("forbidden", "This request must come from the application's own pages.");
      }
    }
    await next();
  };
}
