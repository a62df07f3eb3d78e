import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applyNdjsonRecords, existingIds, parseNdjsonLine } from "../../../scripts/lib/import/apply-ndjson";
import type { ImportOutcome } from "../../../scripts/lib/import/import-summary";
import { getDb } from "../../../worker/db/client";
import { linkRegistryRefs } from "../../../worker/db/registry-refs";
import { createIncident } from "../../../worker/db/writes";
import type { ExportRecord } from "../../../worker/domain/export/export-record";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { freshTag, incidentInput, places } from "../factories";
import { request } from "../request";

const exportOf = async (tag: string) =>
  (await (await request(`/api/export.ndjson?q=${tag}`)).text()).split("\n");

const recordsOf = (lines: string[]) =>
  lines.map(parseNdjsonLine).filter((record): record is ExportRecord => record !== null);

async function importRecords(records: ExportRecord[], maxStatements?: number) {
  const db = getDb(env);
  const present = await existingIds(
    db,
    records.map((record) => record.id),
  );
  const outcomes: ImportOutcome[] = [];
  await applyNdjsonRecords(
    db,
    createAssetBoundarySource(env.ASSETS),
    records,
    present,
    (_record, outcome) => outcomes.push(outcome),
    maxStatements,
  );
  return outcomes;
}

async function deleteIncidents(ids: string[]) {
  await getDb(env).run(
    sql`delete from incidents where id in (select value from json_each(${JSON.stringify(ids)}))`,
  );
}

describe("importing our own NDJSON export", () => {
  it("gives back every public field exactly, in an emptied store", async () => {
    const tag = freshTag();
    const db = getDb(env);
    const boundaries = createAssetBoundarySource(env.ASSETS);
    await createIncident(
      db,
      boundaries,
      incidentInput(tag, {
        ...places.rennes,
        attackTypes: ["ransomware", "data_theft"],
        individualsAffected: 12345,
        affectedIsEstimate: true,
        dataCategories: ["clinical"],
        ransomDemanded: { amount: 500000, currency: "EUR" },
        regulatorActions: [
          {
            authority: "CNIL",
            reference: "SAN-1",
            date: "2023-01-01",
            fineAmount: 10,
            currency: "EUR",
            url: null,
          },
        ],
      }),
      {
        reason: "Test data",
        now: "2024-05-01T10:00:00.000Z",
        extra: linkRegistryRefs(db, [{ registry: "vcdb", ref: `${tag}-1` }]),
      },
    );
    await createIncident(
      db,
      boundaries,
      incidentInput(tag, { ...places.newYork, occurredOn: "2020-02-02" }),
      {
        reason: "Test data",
        now: "2024-05-02T10:00:00.000Z",
      },
    );
    const before = await exportOf(tag);
    const records = recordsOf(before);
    expect(records).toHaveLength(2);

    await deleteIncidents(records.map((record) => record.id));
    expect((await exportOf(tag)).filter(Boolean)).toEqual([]);

    // Both in one batch: 4 statements each, and one more for the first one's registry link.
    expect((await importRecords(records, 9)).map((outcome) => outcome.kind)).toEqual(["created", "created"]);
    expect(await exportOf(tag)).toEqual(before);

    expect(await importRecords(records)).toEqual(
      records.map((record) => ({ kind: "unchanged", id: record.id })),
    );
  });

  it("writes no half batch: a batch one record of which fails is stored record by record, that one skipped", async () => {
    const tag = freshTag();
    const db = getDb(env);
    const boundaries = createAssetBoundarySource(env.ASSETS);
    for (const occurredOn of ["2021-01-01", "2021-02-02", "2021-03-03"])
      await createIncident(db, boundaries, incidentInput(tag, { occurredOn }), { reason: "Test data" });
    const records = recordsOf(await exportOf(tag));
    expect(records).toHaveLength(3);
    // The second is back in the store when the batch is written, though the importer found it
    // absent: the batch's insert of it fails, and the whole batch with it.
    await deleteIncidents(records.map((record) => record.id));
    const outcomes: ImportOutcome[] = [];
    const present = new Set<string>();
    await applyNdjsonRecords(
      db,
      boundaries,
      records,
      present,
      (_record, outcome) => outcomes.push(outcome),
      50,
    );
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["created", "created", "created"]);

    await deleteIncidents([records[0]?.id as string, records[2]?.id as string]);
    const again: ImportOutcome[] = [];
    await applyNdjsonRecords(db, boundaries, records, present, (_record, outcome) => again.push(outcome), 50);
    expect(again.map((outcome) => outcome.kind)).toEqual(["created", "skipped", "created"]);
    expect((again[1] as { reason: string }).reason).toMatch(/already|exists|UNIQUE/i);
    expect(recordsOf(await exportOf(tag)).map((record) => record.id)).toEqual(
      records.map((record) => record.id),
    );
  });

  it("skips a second line with the same id, saying so", async () => {
    const tag = freshTag();
    await createIncident(getDb(env), createAssetBoundarySource(env.ASSETS), incidentInput(tag), {
      reason: "Test data",
    });
    const [record] = recordsOf(await exportOf(tag));
    await deleteIncidents([record?.id as string]);
    const outcomes = await importRecords([record as ExportRecord, record as ExportRecord]);
    expect(outcomes).toEqual([
      { kind: "created", id: record?.id },
      { kind: "skipped", reason: `${record?.id} appears earlier in the file.` },
    ]);
  });
});
