import { describe, expect, it } from "vitest";
import { keyFigureTimelines, newestFirst, type PublicRevision } from "../../web/src/views/revision-history";
import { keyFigureHistory } from "../../worker/domain/key-figure-history";

const revisions: PublicRevision[] = [
  {
    revision: 1,
    at: "2024-02-22T10:00:00Z",
    summary: "Published",
    reason: "First report",
    changes: [],
    sourceUrl: null,
  },
  {
    revision: 3,
    at: "2024-10-24T10:00:00Z",
    summary: "Edited",
    reason: "HHS breach portal update",
    changes: [{ field: "individualsAffected", from: 100_000_000, to: 192_700_000 }],
    sourceUrl: "https://hhs.example/3",
  },
  {
    revision: 2,
    at: "2024-07-19T10:00:00Z",
    summary: "Edited",
    reason: "Company statement",
    changes: [
      { field: "individualsAffected", from: 500, to: 100_000_000 },
      { field: "title", from: "A", to: "B" },
    ],
    sourceUrl: "https://co.example/2",
  },
];
const current = {
  individualsAffected: 192_700_000,
  occurredOn: "2024-02-21",
  discoveredOn: null,
  disclosedOn: null,
  verification: "confirmed",
};

describe("an incident's history on its panel", () => {
  it("lists revisions newest first", () => {
    expect(newestFirst(revisions).map((r) => r.revision)).toEqual([3, 2, 1]);
  });

  it("follows only the key figures that changed, from the first value: 500 → 100M → 192.7M", () => {
    const timelines = keyFigureTimelines(keyFigureHistory(current, newestFirst(revisions)));
    expect(timelines.map((t) => t.field)).toEqual(["individualsAffected"]);
    expect(timelines[0]?.points.map((p) => [p.revision, p.value, p.sourceUrl])).toEqual([
      [1, 500, null],
      [2, 100_000_000, "https://co.example/2"],
      [3, 192_700_000, "https://hhs.example/3"],
    ]);
  });

  it("shows no timeline for an incident never changed since it was published", () => {
    const first = revisions.filter((r) => r.revision === 1);
    expect(keyFigureTimelines(keyFigureHistory(current, first))).toEqual([]);
  });
});
