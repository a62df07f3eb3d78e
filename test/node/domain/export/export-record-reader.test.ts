import { describe, expect, it } from "vitest";
import { exportRecordReader } from "../../../../worker/domain/export/export-record";

const read = exportRecordReader([
  { key: "id", decode: null },
  { key: "ransomDemandedAmount", decode: null },
  { key: "attackTypes", decode: (stored) => String(stored).split(",") },
  { key: "ransomDemandedCurrency", decode: null },
  { key: "title", decode: null },
]);

describe("exportRecordReader", () => {
  it("makes a record of exactly the columns, ransom as one object, then sources and links", () => {
    const sources = [{ url: "https://example.org/a" }] as never[];
    const refs = [{ registry: "hhs", ref: "1" }] as never[];
    const record = read(["a-1", 5000, "ransomware,phishing", "EUR", "Hospital"], sources, refs);
    expect(Object.keys(record)).toEqual([
      "id",
      "attackTypes",
      "title",
      "ransomDemanded",
      "sources",
      "registryRefs",
    ]);
    expect(record).toEqual({
      id: "a-1",
      attackTypes: ["ransomware", "phishing"],
      title: "Hospital",
      ransomDemanded: { amount: 5000, currency: "EUR" },
      sources,
      registryRefs: refs,
    });
  });

  it("keeps unknown values null, never decoded, and gives each row a record of its own", () => {
    const first = read(["a-1", null, null, null, null], [], []);
    const second = read(["a-2", 10, null, null, "Clinic"], [], []);
    expect(first).toEqual({
      id: "a-1",
      attackTypes: null,
      title: null,
      ransomDemanded: null,
      sources: [],
      registryRefs: [],
    });
    expect(second.ransomDemanded).toEqual({ amount: 10, currency: null });
    expect(first.id).toBe("a-1");
    expect(Object.keys(second)).toEqual(Object.keys(first));
  });
});
