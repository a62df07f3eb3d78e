/**
 * `npm run backup [-- --remote] [--out DIR]`: writes the whole local D1 (or production's, with
 * --remote) to `backups/healthbreach-<local|remote>-<UTC date and time>.sql`, a file that
 * `npm run restore` loads into an empty state. See README, "Back up and restore".
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { dumpDatabase } from "./lib/d1-dump";
import { ROOT, readTarget } from "./lib/d1-target";

const argv = process.argv.slice(2);
const target = readTarget(argv);
const outAt = argv.indexOf("--out");
const directory = resolve(outAt >= 0 ? (argv[outAt + 1] ?? ".") : join(ROOT, "backups"));
const stamp = new Date()
  .toISOString()
  .replace(/\.\d+Z$/, "Z")
  .replaceAll(":", "-");
const file = join(directory, `healthbreach-${target.remote ? "remote" : "local"}-${stamp}.sql`);

const sql = `-- HealthBreach Map backup of the ${target.remote ? "production" : "local"} D1, ${new Date().toISOString()}.\n${dumpDatabase(target)}`;
mkdirSync(directory, { recursive: true });
writeFileSync(file, sql);
console.log(file);
