import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { datasetState } from "./schema";

/** The dataset version, bumped by triggers on every write (see drizzle/0001_*). */
export async function readDatasetVersion(db: Db): Promise<{ version: number; updatedAt: string }> {
  const [state] = await db
    .select({ version: datasetState.version, updatedAt: datasetState.updatedAt })
    .from(datasetState)
    .where(eq(datasetState.id, 1));
  if (!state) throw new Error("dataset_state is missing: were the migrations applied?");
  return state;
}
