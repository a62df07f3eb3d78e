import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { prepareHhsImport } from "../../../scripts/lib/import/apply-hhs";
import { applyHhsRecords } from "../../../scripts/lib/import/apply-hhs-batch";
import type { HhsRecord } from "../../../scripts/lib/import/hhs-record";
import type { ImportOutcome } from "../../../scripts/lib/import/import-summary";
import { getDb } from "../../../worker/db/client";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { freshTag } from "../factories";
import { getJson } from "../request";
import { hhsRecord, points } from "./hhs-fixtures";

async function importInBatches(records: HhsRecord[], recordsPerBatch: number) {
  const db = getDb(env);
  const context = await prepareHhsImport(db, createAssetBoundarySource(env.ASSETS), points, records);
  const outcomes: ImportOutcome[] = [];
  await applyHhsRecords(context, records, (_record, outcome) => outcomes.push(outcome), recordsPerBatch);
  return outcomes;
}

const idOf = (outcome: ImportOutcome | undefined) => (outcome as { id: string }).id;

describe("importing an HHS file in batches", () => {
  it("creates every new record, reporting one outcome per record in the file's order", async () => {
    const tag = freshTag();
    const records = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"].map((n) =>
      hhsRecord(`${tag} ${n} Clinic`),
    );
    const outcomes = await importInBatches(records, 2);
    expect(outcomes.map((o) => o.kind)).toEqual(["created", "created", "created", "created", "created"]);
    const stored = await Promise.all(
      outcomes.map((o) => getJson<PublicIncident>(`/api/incidents/${idOf(o)}`)),
    );
    expect(stored.map((incident) => incident.organisationName)).toEqual(
      records.map((record) => record.input.organisationName),
    );
  });

  it("treats a portal key repeated in the file as a re-import of the record just created", async () => {
    const tag = freshTag();
    const outcomes = await importInBatches(
      [
        hhsRecord(`${tag} Clinic`),
        hhsRecord(`${tag} Other Clinic`),
        hhsRecord(`${tag} Clinic`, { "Individuals Affected": "2500" }),
      ],
      10,
    );
    expect(outcomes.map((o) => o.kind)).toEqual(["created", "created", "updated"]);
    expect(idOf(outcomes[2])).toBe(idOf(outcomes[0]));
    expect((await getJson<PublicIncident>(`/api/incidents/${idOf(outcomes[0])}`)).individualsAffected).toBe(
      2500,
    );
  });

  it("skips a record the write layer refuses with its reason, and stores the rest of its batch", async () => {
    const tag = freshTag();
    const records = [hhsRecord(`${tag} First Clinic`), hhsRecord(`${tag} Second Clinic`)];
    // A title over the write layer's limit: refused by validation, after the parser accepted it.
    (records[1] as HhsRecord).input.title = "x".repeat(5000);
    const outcomes = await importInBatches(records, 10);
    expect(outcomes[0]?.kind).toBe("created");
    expect(outcomes[1]).toMatchObject({ kind: "skipped", reason: expect.stringMatching(/title/) });
    expect((await getJson<PublicIncident>(`/api/incidents/${idOf(outcomes[0])}`)).organisationName).toBe(
      `${tag} First Clinic`,
    );
  });

  it("creates nothing when the same file is imported again", async () => {
    const tag = freshTag();
    const records = [hhsRecord(`${tag} North Clinic`), hhsRecord(`${tag} South Clinic`)];
    const first = await importInBatches(records, 10);
    const again = await importInBatches(records, 10);
    expect(again).toEqual(first.map((o) => ({ kind: "unchanged", id: idOf(o) })));
  });
});
