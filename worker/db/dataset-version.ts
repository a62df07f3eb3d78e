import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { noStatements, type ReadPlan, runStatements } from "./read-plan";
import { datasetState } from "./schema";

export type DatasetVersion = { version: number; updatedAt: string };

/**
 * How long an isolate trusts the version it last read before asking D1 again. Within this time a
 * 304 or a Cache API hit costs no D1 round trip, which in production is a trip to the primary's
 * region. 5 s keeps D1's version reads to at most one per isolate per 5 s, whatever the traffic,
 * while a change becomes public everywhere within 5 s, short next to how often moderators publish
 * and next to a reader's patience with an incident they just reported. Writes in this isolate
 * forget the version at once (`forgetDatasetVersion`), so only other isolates can lag.
 */
export const VERSION_TTL_MS = 5000;

let held: { value: DatasetVersion; readAt: number } | undefined;
// Bumped by every forget, so that a read begun before a write cannot hold the older version.
let generation = 0;

/** The statement that reads the version, bumped by triggers on every write (see drizzle/0001_*). */
function selectDatasetVersion(db: Db) {
  return db
    .select({ version: datasetState.version, updatedAt: datasetState.updatedAt })
    .from(datasetState)
    .where(eq(datasetState.id, 1));
}

function present(rows: DatasetVersion[]): DatasetVersion {
  const [state] = rows;
  if (!state) throw new Error("dataset_state is missing: were the migrations applied?");
  return state;
}

/** The dataset version as D1 has it now. */
export async function readDatasetVersion(db: Db): Promise<DatasetVersion> {
  return present(await selectDatasetVersion(db));
}

/** The version this isolate holds, if it read it less than VERSION_TTL_MS ago; no I/O. */
export function freshHeldVersion(now = Date.now()): DatasetVersion | undefined {
  return held && now - held.readAt < VERSION_TTL_MS ? held.value : undefined;
}

/**
 * Runs `plan` together with the version read in ONE batch (one round trip, one snapshot, so the
 * answer is exactly that version's), and holds the version for VERSION_TTL_MS.
 */
export async function readWithDatasetVersion<T>(
  db: Db,
  plan: ReadPlan<T>,
  now = Date.now(),
): Promise<{ dataset: DatasetVersion; finish: () => T }> {
  const startedIn = generation;
  const [versionRows, ...results] = await runStatements(db, [selectDatasetVersion(db), ...plan.statements]);
  const dataset = present(versionRows as DatasetVersion[]);
  if (startedIn === generation) held = { value: dataset, readAt: now };
  return { dataset, finish: () => plan.finish(results) };
}

/** The version as held by this isolate for up to VERSION_TTL_MS, read from D1 otherwise. */
export async function heldDatasetVersion(db: Db, now = Date.now()): Promise<DatasetVersion> {
  const fresh = freshHeldVersion(now);
  if (fresh) return fresh;
  const { dataset } = await readWithDatasetVersion(db, noStatements, now);
  return dataset;
}

/** Called after every committed write: this isolate's next read asks D1 again. */
export function forgetDatasetVersion(): void {
  held = undefined;
  // Stryker disable next-line AssignmentOperator: equivalent, see stryker-equivalent.md
  generation += 1;
}
