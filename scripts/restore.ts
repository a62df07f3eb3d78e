/**
 * `npm run restore -- <file.sql>`: loads a backup made by `npm run backup` into an empty local
 * state (`.wrangler/state`, or `--persist-to DIR`). It refuses a state that holds tables already:
 * move `.wrangler/state` aside first. Production is restored with D1 Time Travel instead (README).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { query } from "./lib/d1-dump";
import { readTarget, targetFlags, wrangler } from "./lib/d1-target";

const argv = process.argv.slice(2);
const file = argv.find((arg, index) => arg.endsWith(".sql") && argv[index - 1] !== "--persist-to");
const target = readTarget(argv);
if (!file || !existsSync(file) || target.remote) {
  console.error("Usage: npm run restore -- <backup.sql> (local only; see README for production)");
  process.exit(2);
}
const [tables] = query<{ n: number }>(
  target,
  "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
);
if ((tables?.n ?? 0) > 0) {
  console.error(
    "The local state is not empty. Move .wrangler/state aside (or use --persist-to DIR) and try again.",
  );
  process.exit(1);
}
wrangler(["d1", "execute", "DB", ...targetFlags(target), "--yes", "--file", resolve(file)], { quiet: true });
console.log(`Restored ${file} into the ${target.persistTo ?? ".wrangler/state"} local state.`);
