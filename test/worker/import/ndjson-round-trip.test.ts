import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applyNdjsonRecord, existingIds, parseNdjsonLine } from "../../../scripts/lib/import/apply-ndjson";
import { getDb } from "../../../worker/db/client";
import { linkRegistryRefs } from "../../../worker/db/registry-refs";
import { createIncident } from "../../../worker/db/writes";
import type { ExportRecord } from "../../../worker/domain/export/export-record";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { freshTag, incidentInput, places } from "../factories";
import { request } from "../request";

const exportOf = async (tag: string) =>
  (await (await request(`/api/export.ndjson?q=${tag}`)).text()).split("\n");

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
    const records = before.map(parseNdjsonLine).filter((record): record is ExportRecord => record !== null);
    expect(records).toHaveLength(2);

    await db.run(
      sql`delete from incidents where id in (select value from json_each(${JSON.stringify(records.map((r) => r.id))}))`,
    );
    expect((await exportOf(tag)).filter(Boolean)).toEqual([]);

    const present = await existingIds(
      db,
      records.map((record) => record.id),
    );
    for (const record of records)
      expect((await applyNdjsonRecord(db, boundaries, record, present)).kind).toBe("created");
    expect(await exportOf(tag)).toEqual(before);

    const again = await existingIds(
      db,
      records.map((record) => record.id),
    );
    expect(await applyNdjsonRecord(db, boundaries, records[0] as ExportRecord, again)).toEqual({
      kind: "unchanged",
      id: records[0]?.id,
    });
  });
});
