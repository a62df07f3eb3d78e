/**
 * `wrangler dev` on a given local state directory: what the browser tests, the start-up smoke
 * test and the benchmarks all serve the app with.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** `inspectorPort`: the V8 inspector of the Worker, which the export bench reads the heap through. */
export type WranglerDev = { url: string; inspectorPort: number; stop: () => Promise<void> };

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

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

/**
 * Serves the built web app and the API on `port` (a free one by default) from `stateDir`;
 * `script` replaces wrangler.toml's entry (the bench's metered one), with the same bindings.
 */
export async function startWranglerDev(
  stateDir: string,
  port?: number,
  options: { script?: string } = {},
): Promise<WranglerDev> {
  const listenOn = port ?? (await freePort());
  // Its own inspector port too: the default 9229 is taken by any other wrangler dev running.
  const inspectorPort = await freePort();
  const child = spawn(
    `${ROOT}node_modules/.bin/wrangler`,
    [
      "dev",
      ...(options.script ? [options.script] : []),
      ...["--env-file", "local.env"],
      // Every page of every test comes from 127.0.0.1: one client for the rate limit, which the
      // worker tests check on their own. Here it would only make the tests wait out its minute.
      ...["--var", "RATE_LIMIT_MODE:off"],
      ...["--port", String(listenOn), "--ip", "127.0.0.1", "--persist-to", stateDir],
      ...["--inspector-port", String(inspectorPort)],
      "--show-interactive-dev-session=false",
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
      // Its own process group, so that stopping it also stops the workerd it starts.
      detached: true,
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${listenOn}`;
  try {
    await waitUntilServing(`${url}/api/meta`, child);
  } catch (error) {
    await stopProcessGroup(child);
    throw new Error(`wrangler dev did not start: ${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return { url, inspectorPort, stop: () => stopProcessGroup(child) };
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

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
