// @ts-check
/**
 * Mutation testing: `npm run test:mutation` (all modules below) or, for the files a change
 * touches, `npm run test:mutation -- --mutate 'worker/domain/pii/**'`. Needs `npm run build`
 * first (the worker tests serve web/dist). Survivors judged equivalent: stryker-equivalent.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: {
    configFile: "vitest.mutation.config.ts",
    // The worker tests reach the code through the Worker's fetch handler, not through imports, so
    // vitest's related-file lookup finds none of them; per-test coverage narrows the runs instead.
    related: false,
  },
  coverageAnalysis: "perTest",
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  mutate: [
    "worker/domain/**/*.ts",
    "worker/db/**/*.ts",
    "worker/lib/**/*.ts",
    "worker/api/**/*.ts",
    "web/src/state/**/*.ts",
    "worker/middleware/**/*.ts",
    "worker/routes/report-decisions.ts",
    "worker/routes/moderation-*.ts",
    "!worker/db/schema.ts",
    // Declarations for the OpenAPI document: module-level schemas whose mutants are static (each
    // would run every test) and mostly descriptions. The build checks them against the routes'
    // types, and test/worker/routes/response-schemas.test.ts parses real answers with them.
    "!worker/api/response-schemas.ts",
    "!worker/db/client.ts",
    // Drives window.history: only the browser project (real Chromium on the built bundle) runs it,
    // and a mutant there would need a rebuild of web/dist per mutant.
    "!web/src/state/store.ts",
  ],
  // Root-relative: a bare "reports" would also drop worker/db/reports/ from the sandbox.
  ignorePatterns: ["/bench/.cache", "/bench/results", "/test-results", "/.wrangler", "/reports"],
  // Two shared cores: one test runner, and keep results between runs.
  concurrency: 1,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  timeoutMS: 60_000,
  // The dry run runs every selected test once with per-test coverage: about 5 minutes for the
  // worker project alone on two shared cores, more under load (Stryker's default limit is 5).
  dryRunTimeoutMinutes: 45,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
};
