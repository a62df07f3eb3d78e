/**
 * Loads the sample incidents into the local D1 database that `wrangler dev` uses
 * (.wrangler/state), through the write layer the Worker uses (worker/db/writes).
 * Idempotent: incidents already present are left as they are.
 */
import { readFileSync } from "node:fs";
import { drizzle } from "drizzle-orm/d1";
import { getPlatformProxy } from "wrangler";
import { incidents } from "../worker/db/schema";
import { createIncident } from "../worker/db/writes";
import { incidentInput } from "../worker/domain/incident-input";
import { createFsBoundarySource } from "./lib/fs-boundary-source";

// `--persist-to DIR` seeds another local state than wrangler's default, as the tests do.
const persistAt = process.argv.indexOf("--persist-to");
const persistTo = persistAt > 0 ? process.argv[persistAt + 1] : undefined;
const proxy = await getPlatformProxy<Env>({
  configPath: "wrangler.toml",
  ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
});
try {
  const db = drizzle(proxy.env.DB);
  const sample: unknown[] = JSON.parse(
    readFileSync(new URL("../worker/db/sample/incidents.json", import.meta.url), "utf8"),
  );
  const inputs = sample.map((entry) => incidentInput.parse(entry));
  // Every id, not `WHERE id IN (…)`: D1 binds at most 100 parameters per statement.
  const existing = new Set((await db.select({ id: incidents.id }).from(incidents)).map((row) => row.id));
  const boundaries = createFsBoundarySource();
  let added = 0;
  for (const input of inputs) {
    if (existing.has(input.id)) continue;
    await createIncident(db, boundaries, input, { reason: "Sample data, from the sources cited" });
    added += 1;
  }
  console.log(`Sample data: ${added} incidents added, ${inputs.length - added} already present.`);
} finally {
  await proxy.dispose();
}
