/**
 * Starts the app the way `npm start` does (migrations, sample data, `wrangler dev` serving the
 * built web app and the API), on a free port and a throw-away local state, so that the
 * developer's database is untouched. Expects `npm run build` to have run (`npm test` does).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, startWranglerDev } from "./wrangler-dev";

/** `stateDir` is the app's local D1, for operator commands run against it (`--persist-to`). */
export type RunningApp = { url: string; stateDir: string; stop: () => Promise<void> };

export async function startApp(port?: number): Promise<RunningApp> {
  const state = mkdtempSync(join(tmpdir(), "healthbreach-state-"));
  const quiet = { cwd: ROOT, stdio: "pipe" as const, env: { ...process.env, CI: "true" } };
  const bin = (name: string) => join(ROOT, "node_modules/.bin", name);
  execFileSync(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], quiet);
  execFileSync(bin("tsx"), ["scripts/seed.ts", "--persist-to", state], quiet);
  const server = await startWranglerDev(state, port);
  return {
    url: server.url,
    stateDir: state,
    stop: async () => {
      await server.stop();
      rmSync(state, { recursive: true, force: true });
    },
  };
}
