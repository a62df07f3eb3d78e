import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import suite from "./vitest.config";

/**
 * The test projects Stryker runs for `npm run test:mutation`: the worker, node and web projects of
 * vitest.config.ts (same bindings, same fake siteverify), without the browser project and without
 * the tests that start wrangler, build the boundaries or read the real data sets: they test
 * scripts and data, which are not mutated, and would make every dry run minutes longer.
 *
 * `MUTATION_TESTS` (comma-separated globs, e.g. `test/worker/auth/**,test/node/domain/**`) narrows
 * a run to the tests that reach the mutated files: each project keeps the globs under its own
 * folder and a project with none is left out. A narrowed run's score is a lower bound.
 */
const leftOut: Record<string, string[]> = {
  worker: ["test/worker/sample-data.test.ts"],
  node: [
    "test/node/start.test.ts",
    "test/node/operators.test.ts",
    "test/node/geo/build-geo.test.ts",
    "test/node/geo/hospitals-accuracy.test.ts",
    "test/node/import/hhs-real-file.test.ts",
    "test/node/import/state-points.test.ts",
  ],
};

const selected = (process.env.MUTATION_TESTS ?? "")
  .split(",")
  .map((glob) => glob.trim())
  .filter(Boolean);

function narrowed(project: TestProjectInlineConfiguration): TestProjectInlineConfiguration | null {
  const test = project.test ?? {};
  const name = test.name as string;
  const folder = `test/${name}/`;
  const include = selected.length ? selected.filter((glob) => glob.startsWith(folder)) : test.include;
  if (!include?.length) return null;
  return {
    ...project,
    test: {
      ...test,
      include,
      exclude: [...(test.exclude ?? configDefaults.exclude), ...(leftOut[name] ?? [])],
      // Instrumented code on shared cores: give each test room.
      testTimeout: 30_000,
    },
  };
}

const projects = (suite.test?.projects ?? []) as TestProjectInlineConfiguration[];

export default defineConfig({
  test: {
    projects: projects
      .filter((project) => project.test?.name !== "browser")
      .map(narrowed)
      .filter((project) => project !== null),
  },
});
