/**
 * Which D1 an operator command works on, from its arguments: the local one that `npm start`
 * uses (default), another local state (`--persist-to DIR`, as the tests do), or production
 * (`--remote`). Commands run `wrangler d1 …` with the matching flags.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type D1Target = { remote: boolean; persistTo: string | undefined };

export function readTarget(argv: readonly string[]): D1Target {
  const at = argv.indexOf("--persist-to");
  const persistTo = at >= 0 ? argv[at + 1] : undefined;
  const remote = argv.includes("--remote");
  if (remote && persistTo) throw new Error("Use either --remote or --persist-to, not both.");
  return { remote, persistTo };
}

/** The location flags of `wrangler d1 execute|export|migrations apply`. */
export function targetFlags(target: D1Target): string[] {
  if (target.remote) return ["--remote"];
  return ["--local", ...(target.persistTo ? ["--persist-to", target.persistTo] : [])];
}

/** Runs wrangler in the project, without prompts; returns its standard output. */
export function wrangler(args: string[], options: { quiet?: boolean } = {}): string {
  return execFileSync(join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", options.quiet ? "pipe" : "inherit"],
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
    maxBuffer: 1024 * 1024 * 1024,
  });
}

/** Applies pending migrations to a local state: a fresh clone has none applied yet. */
export function migrateLocal(target: D1Target): void {
  if (!target.remote) wrangler(["d1", "migrations", "apply", "DB", ...targetFlags(target)], { quiet: true });
}

/** Quotes a value as an SQL string literal. */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
