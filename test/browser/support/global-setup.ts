/**
 * Starts the app once for every browser test file (migrations, sample data, `wrangler dev`
 * serving the built web app) on a free port, and hands its URL to the tests.
 */
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { startApp } from "../../support/start-app";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    appStateDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await startApp(await freePort());
  project.provide("appUrl", app.url);
  project.provide("appStateDir", app.stateDir);
  return () => app.stop();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
