/**
 * `npm run bench`: the performance budgets of DESIGN.md, measured (never part of `npm test`).
 *   --sizes 10000,100000   incident counts to measure (default both)
 *   --only api|browser|export|import   one bench only (default: every bench present)
 * The browser bench (bench/map-browser.ts, exporting runMapBrowserBench) runs when it exists.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { runApiBench } from "./api";
import { runExportBench } from "./export";
import { runImportBench } from "./import";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "10000,100000" }, only: { type: "string" } },
});
const sizes = values.sizes.split(",").map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes expects positive whole numbers separated by commas, got ${values.sizes}`);
}
const benches = ["api", "browser", "export", "import"];
if (values.only && !benches.includes(values.only)) {
  throw new Error(`--only expects one of ${benches.join(", ")}, got ${values.only}`);
}
const runs = (bench: string) => !values.only || values.only === bench;

const started = performance.now();
if (runs("api")) await runApiBench(sizes);
if (runs("browser")) await runBrowserBench();
if (runs("export")) await runExportBench(sizes);
if (runs("import")) await runImportBench();
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
