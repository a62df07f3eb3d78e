// Secrets, set with `wrangler secret put` in production and in .dev.vars locally; wrangler types
// cannot see them in wrangler.toml.
declare namespace Cloudflare {
  interface Env {
    /** Salt of the stored hashes of IP addresses (login throttling). */
    IP_HASH_SALT?: string;
  }
}
