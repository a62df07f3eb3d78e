import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import {
  forgetDatasetVersion,
  freshHeldVersion,
  readDatasetVersion,
  readWithDatasetVersion,
} from "../../../worker/db/dataset-version";
import { noStatements } from "../../../worker/db/read-plan";
import { datasetState } from "../../../worker/db/schema";

const db = () => getDb(env);

describe("the dataset version an isolate holds", () => {
  it("is the one a read returned, when no write came while it ran", async () => {
    const now = Date.now();
    forgetDatasetVersion();
    const { dataset } = await readWithDatasetVersion(db(), noStatements, now);
    expect(freshHeldVersion(now)).toEqual(dataset);
    expect(dataset).toEqual(await readDatasetVersion(db()));
  });

  it("is none after a read that a write overtook: that read may have seen the older version", async () => {
    const now = Date.now();
    forgetDatasetVersion();
    const reading = readWithDatasetVersion(db(), noStatements, now);
    forgetDatasetVersion();
    const { dataset } = await reading;
    expect(dataset.version).toBeGreaterThan(0);
    expect(freshHeldVersion(now)).toBeUndefined();
  });
});

describe("a database without its dataset_state row", () => {
  it("fails reads with a message that says what to check", async () => {
    const [state] = await db().select().from(datasetState).where(eq(datasetState.id, 1));
    await db().delete(datasetState).where(eq(datasetState.id, 1));
    try {
      await expect(readDatasetVersion(db())).rejects.toThrow(
        new Error("dataset_state is missing: were the migrations applied?"),
      );
    } finally {
      if (state) await db().insert(datasetState).values(state);
    }
  });
});
