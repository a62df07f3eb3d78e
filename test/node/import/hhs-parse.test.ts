import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HhsFileError, parseHhsCsv } from "../../../scripts/lib/import/hhs-parse";
import { mapHhsRow, usDate } from "../../../scripts/lib/import/hhs-record";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/hhs/${name}`, import.meta.url), "utf8");

describe("the HHS OCR portal CSV", () => {
  const parsed = parseHhsCsv(fixture("quirks.csv"));
  const byName = (name: string) => parsed.records.filter((record) => record.input.organisationName === name);

  it("keeps a description with a line break, quotes and commas whole", () => {
    expect(byName("Lawrence General Hospital")[0]?.input.summary).toBe(
      'The covered entity reported a cyberattack.\r\nA second paragraph, with "quotes" and a comma.',
    );
  });

  it("maps a provider of unstated kind to healthcare_provider, never to a hospital", () => {
    expect(byName("Lawrence General Hospital")[0]?.input).toMatchObject({
      organisationType: "healthcare_provider",
      attackTypes: ["data_theft"],
      assetsHit: ["network_server"],
      individualsAffected: 76571,
      affectedIsEstimate: false,
      verification: "confirmed",
      disclosedOn: "2023-02-23",
      disclosedPrecision: "day",
      sources: [
        expect.objectContaining({
          kind: "regulator",
          url: "https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf",
        }),
      ],
    });
  });

  it("splits multi-valued types and locations, and keeps an unknown figure null, never 0", () => {
    const [record] = byName("No State Dental");
    expect(record).toMatchObject({
      state: null,
      ref: { registry: "hhs", ref: "XX-2022-01-05-no-state-dental" },
    });
    expect(record?.input).toMatchObject({
      attackTypes: ["lost_or_stolen"],
      assetsHit: ["other", "paper"],
      individualsAffected: null,
    });
  });

  it("gives two reports of one organisation on one day two stable keys", () => {
    expect(
      byName("Acme Health Plan").map((record) => [record.ref.ref, record.input.individualsAffected]),
    ).toEqual([
      ["TX-2021-12-31-acme-health-plan", 1200],
      ["TX-2021-12-31-acme-health-plan-2", 600],
    ]);
  });

  it("maps plans to insurers, business associates and clearing houses to vendors, no type to other", () => {
    expect(byName("Acme Health Plan")[0]?.input.organisationType).toBe("health_insurer");
    expect(byName("Island Clinic")[0]?.input).toMatchObject({
      organisationType: "other",
      attackTypes: ["misconfiguration"],
    });
  });

  it("skips, with the reason, a row with an impossible date or an unknown type of breach", () => {
    expect(parsed.skipped).toEqual([
      { row: 7, reason: 'submission date "13/45/2020" is not MM/DD/YYYY' },
      { row: 8, reason: 'unknown type of breach "Cyberwar"' },
    ]);
    expect(parsed.records).toHaveLength(5);
    expect(parsed.byPosition).toBe(false);
  });

  it("reads a broken header by position when every row's shape proves the columns", () => {
    const broken = parseHhsCsv(fixture("broken-header.csv"));
    expect(broken.byPosition).toBe(true);
    expect(broken.records.map((record) => record.ref.ref)).toEqual(
      parsed.records.map((record) => record.ref.ref),
    );
  });

  it("refuses a broken header over shifted columns, naming the column and the row", () => {
    const lines = fixture("broken-header.csv").split("\r\n");
    // Type of Breach and Location swapped in the last row: the shape no longer proves the columns.
    const shifted = [
      ...lines.slice(0, -2),
      lines.at(-2)?.replace('"Improper Disposal","Paper/Films"', '"Paper/Films","Improper Disposal"'),
      "",
    ].join("\r\n");
    expect(() => parseHhsCsv(shifted)).toThrow(HhsFileError);
    expect(() => parseHhsCsv(shifted)).toThrow(
      /column 6 cannot be "Type of Breach": row 6 holds "Paper\/Films"/,
    );
  });

  it("refuses a file whose column count is not the export's", () => {
    expect(() => parseHhsCsv('"Name","State"\r\n"A","CA"\r\n')).toThrow(
      /2 columns where the HHS export has 9/,
    );
  });

  it("reads MM/DD/YYYY dates and refuses impossible ones", () => {
    expect(usDate("02/29/2020")).toBe("2020-02-29");
    expect(usDate("02/29/2021")).toBeNull();
    expect(usDate("2021-02-01")).toBeNull();
  });

  it("keeps the figure exactly, however large", () => {
    const row = {
      "Name of Covered Entity": "Big",
      State: "CA",
      "Covered Entity Type": "Health Plan",
      "Individuals Affected": "78800000",
      "Breach Submission Date": "03/13/2015",
      "Type of Breach": "Hacking/IT Incident",
      "Location of Breached Information": "Network Server",
      "Business Associate Present": "No",
      "Web Description": "",
    };
    const mapped = mapHhsRow(row);
    expect(mapped.ok && mapped.record.input.individualsAffected).toBe(78_800_000);
  });
});
