import type { MiddlewareHandler } from "hono";
import { roleSatisfies, type UserRole } from "../domain/accounts/roles";
import { readSignedInUser } from "../lib/auth/signed-in-user";
import { ApiError } from "../lib/problem";
import type { SignedInEnv } from "../lib/router";

export type { SignedInEnv };

/** Marks the middleware so that the route-enumeration test can tell a role check from others. */
export const ROLE_CHECK = Symbol("role check");

/**
 * The role check in front of every `/api/moderation/*` and `/api/admin/*` route: 401 without a
 * live session (none, expired, or a disabled account), 403 when the role is not enough.
 *
 * @example
 * app.use("/api/admin/*", requireRole("admin"));
 */
export function requireRole(required: UserRole): MiddlewareHandler<SignedInEnv> {
  const middleware: MiddlewareHandler<SignedInEnv> = async function requireRole(c, next) {
    const user = await readSignedInUser(c);
    if (!user) throw new ApiError("unauthorized", "Sign in to continue.");
    if (!roleSatisfies(user.role, required)) {
      throw new ApiError("forbidden", `This needs the ${required} role.`);
    }
    c.set("user", user);
    await next();
  };
  return Object.assign(middleware, { [ROLE_CHECK]: required });
}
