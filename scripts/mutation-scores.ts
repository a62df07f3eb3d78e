/**
 * `npm run test:mutation:scores`: each mutated file's score merged over every run kept in
 * `reports/*.json` (the `--incrementalFile`s of `npm run test:mutation`), then per folder.
 * `-- --all` lists the files at 100% too; otherwise only those below it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { mergeScores, type StrykerReport } from "./lib/mutation/merge-scores";

const folder = "reports";
const runs = existsSync(folder)
  ? readdirSync(folder)
      .filter((name) => name.endsWith(".json"))
      .map((name) => join(folder, name))
      .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
  : [];
if (runs.length === 0) {
  console.error("No mutation run in reports/: run `npm run test:mutation` first.");
  process.exit(1);
}
const reports = runs.map((path) => JSON.parse(readFileSync(path, "utf8")) as StrykerReport);
const scores = mergeScores(reports, (file) => (existsSync(file) ? readFileSync(file, "utf8") : null));

const all = process.argv.includes("--all");
const folders = new Map<
  string,
  { files: number; full: number; k: number; s: number; t: number; n: number }
>();
for (const { file, counts, score } of scores) {
  const name = file
    .split("/")
    .slice(0, file.startsWith("web/") ? 3 : 2)
    .join("/");
  const total = folders.get(name) ?? { files: 0, full: 0, k: 0, s: 0, t: 0, n: 0 };
  folders.set(name, {
    files: total.files + 1,
    full: total.full + (score === 100 ? 1 : 0),
    k: total.k + counts.killed,
    s: total.s + counts.survived,
    t: total.t + counts.timeout,
    n: total.n + counts.noCoverage,
  });
  if (all || score < 100) {
    const { killed, survived, timeout, noCoverage } = counts;
    console.log(
      `${score.toFixed(2).padStart(6)}%  ${file}  ${killed} / ${survived} / ${timeout} / ${noCoverage}`,
    );
  }
}
console.log(
  "\n| folder | files | at 100% | score | killed / survived / timed out / no coverage |\n| --- | --- | --- | --- | --- |",
);
for (const [name, { files, full, k, s, t, n }] of [...folders].sort()) {
  const score = (100 * (k + t)) / (k + s + t + n);
  console.log(`| \`${name}\` | ${files} | ${full} | ${score.toFixed(2)}% | ${k} / ${s} / ${t} / ${n} |`);
}
