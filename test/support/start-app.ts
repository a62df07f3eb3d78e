/**
 * Starts the app the way `npm start` does (migrations, sample data, `wrangler dev` serving the
 * built web app and the API), on its own port and its own local state so that the developer's
 * database is untouched. Expects `npm run build` to have run (as `npm test` does first).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type RunningApp = { url: string; stop: () => Promise<void> };

const root = new URL("../../", import.meta.url).pathname;
const bin = (name: string) => join(root, "node_modules/.bin", name);

/** A TCP port nothing listens on right now, so that parallel suites never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startApp(port?: number): Promise<RunningApp> {
  port ??= await freePort();
  const state = mkdtempSync(join(tmpdir(), "healthbreach-state-"));
  const quiet = { cwd: root, stdio: "pipe" as const, env: { ...process.env, CI: "true" } };
  execFileSync(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], quiet);
  execFileSync(bin("tsx"), ["scripts/seed.ts", "--persist-to", state], quiet);

  const child = spawn(
    bin("wrangler"),
    [
      "dev",
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      state,
      "--show-interactive-dev-session=false",
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CI: "true" }, detached: true },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${url}/api/meta`, child);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`wrangler dev did not start: ${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return {
    url,
    stop: async () => {
      await stopProcess(child);
      rmSync(state, { recursive: true, force: true });
    },
  };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

/** Ends wrangler and the workerd it started (its process group). */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
