import type { Context } from "hono";

/**
 * The caller's IP address as Cloudflare saw it. Used only to key abuse counters, always hashed
 * with a salt before it is stored, and never logged.
 */
export function clientAddress(c: Context): string {
  return c.req.header("cf-connecting-ip") ?? "unknown";
}

/** The salt of stored address hashes (a secret in production; see README, Deploy). */
export function addressSalt(env: { IP_HASH_SALT?: string }): string {
  return env.IP_HASH_SALT ?? "";
}
