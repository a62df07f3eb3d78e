/**
 * `npm run data:check`: checks the sample incidents (worker/db/sample/incidents.json) before
 * anyone proposes data: the schema, dates in order and none in the future, points inside the
 * stated country, figures and regulator actions backed by the right kind of source, no weak
 * source, no URL shared between incidents without a reason, ids that match the content.
 * Exits 1 and lists the problems, one a line, when there are any.
 */
import { readFileSync } from "node:fs";
import { checkSample } from "./lib/data-check/sample-checks";

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../worker/db/sample/${path}`, import.meta.url), "utf8"));

const entries = read("incidents.json") as unknown[];
const problems = checkSample(entries, {
  today: new Date().toISOString().slice(0, 10),
  weakDomains: read("weak-source-domains.json") as never,
  sharedSources: read("shared-sources.json") as never,
});
for (const problem of problems) console.log(problem);
console.log(`${entries.length} incidents checked: ${problems.length} problem(s).`);
process.exitCode = problems.length > 0 ? 1 : 0;
