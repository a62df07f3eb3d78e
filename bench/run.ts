/**
 * `npm run bench`: the performance budgets of DESIGN.md, measured (never part of `npm test`).
 *   --sizes 10000,100000   incident counts to measure (default both)
 *   --only api|browser     one bench only (default: every bench present)
 * The browser bench (bench/map-browser.ts, exporting runMapBrowserBench) runs when it exists.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { runApiBench } from "./api";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "10000,100000" }, only: { type: "string" } },
});
const sizes = values.sizes.split(",").map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes expects positive whole numbers separated by commas, got ${values.sizes}`);
}
if (values.only && values.only !== "api" && values.only !== "browser") {
  throw new Error(`--only expects api or browser, got ${values.only}`);
}

const started = performance.now();
if (values.only !== "browser") await runApiBench(sizes);
if (values.only !== "api") await runBrowserBench();
console.log(`\nBench finished in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

/** Imported only if present: another engineer is writing it, and `--only api` must not need it. */
async function runBrowserBench(): Promise<void> {
  const path = new URL("./map-browser.ts", import.meta.url);
  if (!existsSync(path)) {
    console.log("bench/map-browser.ts does not exist yet: browser bench skipped.");
    if (values.only === "browser") process.exitCode = 1;
    return;
  }
  // A variable specifier keeps tsc from requiring the file to exist.
  const module = (await import(path.href)) as {
    runMapBrowserBench?: (options: { sizes: number[] }) => Promise<unknown>;
  };
  if (typeof module.runMapBrowserBench !== "function")
    throw new Error("bench/map-browser.ts must export runMapBrowserBench");
  await module.runMapBrowserBench({ sizes });
}
