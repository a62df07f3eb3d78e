/**
 * `wrangler dev` on a given local state, as test/support/start-app.ts starts it for browser
 * tests (same flags, same process-group stop), but without its own migrations and sample data:
 * the bench brings a prebuilt synthetic state.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "./synthetic-state";

export type DevServer = { url: string; stop: () => Promise<void> };

/** A port nobody listens on right now (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
    server.on("error", reject);
  });
}

export async function startDevServer(stateDir: string, port?: number): Promise<DevServer> {
  const listenOn = port ?? (await findFreePort());
  const env = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" };
  const child = spawn(
    join(ROOT, "node_modules/.bin/wrangler"),
    [
      "dev",
      ...["--port", String(listenOn), "--ip", "127.0.0.1", "--persist-to", stateDir],
      "--show-interactive-dev-session=false",
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env, detached: true },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${listenOn}`;
  try {
    await waitUntilServing(`${url}/api/meta`, child);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`wrangler dev did not start: ${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return { url, stop: () => stopProcess(child) };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
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
