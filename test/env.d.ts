declare namespace Cloudflare {
  interface Env {
    /** The migrations in drizzle/, read by vitest.config.ts for the test setup. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import("../worker/index");
  }
}
