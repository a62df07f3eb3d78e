import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { fakeSiteverify, TURNSTILE_TEST_SECRETS } from "./test/support/fake-siteverify.ts";

const migrations = await readD1Migrations(new URL("./drizzle", import.meta.url).pathname);

export default defineConfig({
  test: {
    projects: [
      {
        // Worker code runs in workerd against real D1, with the migrations applied per test file.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                TURNSTILE_MODE: "on",
                TURNSTILE_SECRET: TURNSTILE_TEST_SECRETS.passes,
                IP_HASH_SALT: "test-salt",
              },
              // The Worker's outbound fetches: only Turnstile's siteverify, faked (no network).
              outboundService: fakeSiteverify,
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["./test/worker/apply-migrations.ts"],
        },
      },
      {
        test: {
          name: "node",
          environment: "node",
          include: ["test/node/**/*.test.ts"],
        },
      },
      {
        // Pure front-end logic (web/src), without a browser.
        test: {
          name: "web",
          environment: "node",
          include: ["test/web/**/*.test.ts"],
        },
      },
      {
        // Real Chromium against the app as `npm start` runs it (started once, in globalSetup).
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["./test/browser/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The app answers through `wrangler dev`: on a loaded CI machine a list or map request
          // can take longer than expect.poll's default second, which made tests fail that wait
          // for it (a count still showing every incident after a filter was applied).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
