/**
 * `npm run test:mutation:scores`: each mutated file's score merged over every run kept in
 * `reports/*.json` (the `--incrementalFile`s of `npm run test:mutation`), then per folder.
 * `-- --all` lists the files at 100% too; otherwise only those below it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Counts, mergeScores, type StrykerReport, scoreOf } from "./lib/mutation/merge-scores";

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
const folders = new Map<string, { files: number; full: number; counts: Counts }>();
for (const { file, counts, score } of scores) {
  const name = file
    .split("/")
    .slice(0, file.startsWith("web/") ? 3 : 2)
    .join("/");
  const folder = folders.get(name) ?? {
    files: 0,
    full: 0,
    counts: { killed: 0, survived: 0, timeout: 0, noCoverage: 0 },
  };
  folder.files += 1;
  if (score === 100) folder.full += 1;
  for (const status of Object.keys(counts) as (keyof Counts)[]) folder.counts[status] += counts[status];
  folders.set(name, folder);
  if (all || score < 100) console.log(`${score.toFixed(2).padStart(6)}%  ${file}  ${counted(counts)}`);
}
console.log(
  "\n| folder | files | at 100% | score | killed / survived / timed out / no coverage |\n| --- | --- | --- | --- | --- |",
);
for (const [name, { files, full, counts }] of [...folders].sort()) {
  console.log(`| \`${name}\` | ${files} | ${full} | ${scoreOf(counts).toFixed(2)}% | ${counted(counts)} |`);
}

function counted({ killed, survived, timeout, noCoverage }: Counts): string {
  return `${killed} / ${survived} / ${timeout} / ${noCoverage}`;
}
