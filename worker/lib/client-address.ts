import type { Context } from "hono";
import { ApiError } from "./problem";

/**
 * The caller's IP address as Cloudflare saw it. Used only to key abuse counters, always hashed
 * with a salt before it is stored, and never logged.
 */
export function clientAddress(c: Context): string {
  return c.req.header("cf-connecting-ip") ?? "unknown";
}

/**
 * The salt of stored address hashes (a secret in production; see README, Deploy). Without one,
 * sign-in answers 503, as report intake does: no address is ever stored with an unsalted hash.
 */
export function addressSalt(env: { IP_HASH_SALT?: string }): string {
  if (!env.IP_HASH_SALT)
    throw new ApiError("service_unavailable", "Sign-in is not configured: set IP_HASH_SALT.");
  return env.IP_HASH_SALT;
}
