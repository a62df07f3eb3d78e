// Settings that are secrets or per-environment, so not in wrangler.toml and not in
// worker-configuration.d.ts (which `wrangler types` regenerates). README, "Intake settings".
declare namespace Cloudflare {
  interface Env {
    /** Turnstile's secret key, for server-side verification of the bot check. */
    TURNSTILE_SECRET?: string;
    /** `off` only in local development (local.env); anything else means on. */
    TURNSTILE_MODE?: string;
    /**
     * `off` only for the browser tests' app (test/support/wrangler-dev.ts), whose pages all come
     * from 127.0.0.1 and would share one client's limit; anything else means on.
     */
    RATE_LIMIT_MODE?: string;
    /** Secret salt of the IP hashes kept for abuse control. */
    IP_HASH_SALT?: string;
  }
}
