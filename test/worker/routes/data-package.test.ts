import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildDataPackage } from "../../../worker/domain/export/data-package";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson, request } from "../request";
import { checkCells, type TableField } from "../support/table-schema-cells";

type Descriptor = ReturnType<typeof buildDataPackage>;

describe("GET /api/datapackage.json", () => {
  it("serves the descriptor for the current dataset version, with absolute resource paths", async () => {
    const meta = await getJson<{ version: number; updatedAt: string }>("/api/meta");
    const descriptor = await getJson<Descriptor>("/api/datapackage.json");
    expect(descriptor).toEqual(buildDataPackage("https://healthbreach.test", meta));
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      "https://healthbreach.test/api/export.csv",
      "https://healthbreach.test/api/export.sources.csv",
    ]);
  });

  it("describes a real CSV export: every cell of every row fits its field", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, {
        attackTypes: ["ransomware", "data_theft"],
        assetsHit: ["ehr", "email"],
        dataCategories: ["clinical", "national_id"],
        individualsAffected: 0,
        affectedIsEstimate: true,
        dataPublishedOnline: true,
        dataPublishedOn: "2022-04-01",
        careDisruption: "degraded_mode",
        disruptionDays: 30,
        ransomDemanded: { amount: 1_000_000, currency: "USD" },
        ransomPaid: false,
        threatActor: "=LockBit",
        discoveredOn: "2022-03-16",
        discoveredPrecision: "day",
        regulatorActions: [
          {
            authority: "CNIL",
            reference: "SAN-1",
            date: "2023-01-01",
            fineAmount: 1,
            currency: "EUR",
            url: null,
          },
        ],
        summary: 'Line one;\nline two, with "quotes".',
      }),
      incidentInput(tag, { ...places.newYork, occurredOn: "2021-01-01", occurredPrecision: "year" }),
      incidentInput(tag, { ...places.bordeaux, occurredOn: "2020-02-01", occurredPrecision: "month" }),
    );
    const descriptor = await getJson<Descriptor>("/api/datapackage.json");
    const [incidents, sources] = descriptor.resources as [
      Descriptor["resources"][number],
      Descriptor["resources"][number],
    ];

    const csv = await (await request(`/api/export.csv?q=${tag}`)).text();
    const rows: string[][] = parse(csv);
    expect(rows).toHaveLength(4);
    expect(checkCells(incidents.schema.fields as TableField[], rows)).toEqual([]);

    const sourceRows: string[][] = parse(await (await request(`/api/export.sources.csv?q=${tag}`)).text());
    expect(sourceRows).toHaveLength(4);
    expect(checkCells(sources.schema.fields as TableField[], sourceRows)).toEqual([]);
  });

  it("has a checker that does find a bad cell", () => {
    const fields: TableField[] = [
      { name: "n", type: "integer", constraints: { required: true, minimum: 0 } },
      { name: "d", type: "date" },
    ];
    expect(
      checkCells(fields, [
        ["n", "d"],
        ["-1", "2021-02-30"],
        ["", "2021-02-28"],
      ]),
    ).toEqual([
      'row 1, n = "-1": below minimum',
      'row 1, d = "2021-02-30": not a date',
      'row 2, n = "": required',
    ]);
  });
});
