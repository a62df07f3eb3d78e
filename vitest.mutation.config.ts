import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/**
 * The test projects Stryker runs for `npm run test:mutation`: the worker project in workerd (as in
 * vitest.config.ts) and the pure node and web projects. Left out: the browser project and the node
 * tests that start wrangler or build the boundaries (they test scripts, which are not mutated).
 */
const migrations = await readD1Migrations(new URL("./drizzle", import.meta.url).pathname);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["./test/worker/apply-migrations.ts"],
          // Instrumented code on shared cores: the sample-data test passed 5 s in a dry run.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "node",
          environment: "node",
          include: ["test/node/**/*.test.ts"],
          exclude: ["test/node/start.test.ts", "test/node/geo/build-geo.test.ts"],
        },
      },
      { test: { name: "web", environment: "node", include: ["test/web/**/*.test.ts"] } },
    ],
  },
});
