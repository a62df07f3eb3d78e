/**
 * Loads the sample incidents into the local D1 database that `wrangler dev` uses
 * (.wrangler/state), through the write layer the Worker uses (worker/db/writes). It follows
 * the sample: a new incident is created; one whose sample entry changed, or whose point the
 * current boundaries place elsewhere, gets a revision saying so ("Sample data correction");
 * one that is unchanged is left as it is, so a second run writes nothing.
 */
import { readFileSync } from "node:fs";
import { drizzle } from "drizzle-orm/d1";
import { getPlatformProxy } from "wrangler";
import type { Db } from "../worker/db/client";
import { incidents } from "../worker/db/schema";
import { createIncident, updateIncident } from "../worker/db/writes";
import { readCurrentIncident } from "../worker/db/writes/current-incident";
import type { BoundarySource } from "../worker/domain/geo/boundary-source";
import { locatePoint } from "../worker/domain/geo/locate";
import { diffIncidents, placeChanges } from "../worker/domain/incident-changes";
import { type IncidentInput, sampleIncidentInput } from "../worker/domain/incident-input";
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
  const inputs = sample.map((entry) => sampleIncidentInput.parse(entry));
  // Every id, not `WHERE id IN (…)`: D1 binds at most 100 parameters per statement.
  const existing = new Set((await db.select({ id: incidents.id }).from(incidents)).map((row) => row.id));
  const boundaries = createFsBoundarySource();
  const counts = { added: 0, corrected: 0, unchanged: 0 };
  for (const input of inputs) {
    if (!existing.has(input.id)) {
      await createIncident(db, boundaries, input, { reason: "Sample data, from the sources cited" });
      counts.added += 1;
    } else if (await correctFromSample(db, boundaries, input)) {
      counts.corrected += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  console.log(
    `Sample data: ${counts.added} incidents added, ${counts.corrected} corrected, ${counts.unchanged} unchanged.`,
  );
} finally {
  await proxy.dispose();
}

/** Writes a revision when the sample entry or the place differs from what is stored. */
async function correctFromSample(db: Db, boundaries: BoundarySource, input: IncidentInput): Promise<boolean> {
  const current = await readCurrentIncident(db, input.id);
  if (current.row.status !== "published") return false; // retracted or merged: a moderator's call
  const place = await locatePoint(input, boundaries);
  const changes = [...diffIncidents(current.input, input), ...placeChanges(current.row, place)];
  if (changes.length === 0) return false;
  const { id, ...fields } = input;
  await updateIncident(db, boundaries, id, fields, {
    expectedRevision: current.row.revision,
    reason: "Sample data correction",
  });
  console.log(`  ${id}: ${changes.map((change) => change.field).join(", ")}`);
  return true;
}
