import { describe, expect, it } from "vitest";
import { keyFigureTimelines, newestFirst, type PublicRevision } from "../../web/src/views/revision-history";

const revisions: PublicRevision[] = [
  {
    revision: 1,
    at: "2024-02-22T10:00:00Z",
    reason: "Published",
    changes: null,
    sourceUrl: "https://a.example",
  },
  {
    revision: 3,
    at: "2024-10-24T10:00:00Z",
    reason: "HHS breach portal update",
    changes: [{ field: "individualsAffected", from: 100_000_000, to: 192_700_000 }],
    sourceUrl: "https://hhs.example/3",
  },
  {
    revision: 2,
    at: "2024-07-19T10:00:00Z",
    reason: "Company statement",
    changes: [
      { field: "individualsAffected", from: 500, to: 100_000_000 },
      { field: "verification", from: "reported", to: "confirmed" },
      { field: "title", from: "A", to: "B" },
    ],
    sourceUrl: "https://co.example/2",
  },
];

describe("an incident's history", () => {
  it("lists revisions newest first", () => {
    expect(newestFirst(revisions).map((r) => r.revision)).toEqual([3, 2, 1]);
  });

  it("follows each key figure from its first value, on the source of each change: 500 → 100M → 192.7M", () => {
    const timelines = keyFigureTimelines(revisions);
    expect(timelines.map((t) => t.field)).toEqual(["individualsAffected", "verification"]);
    expect(timelines[0]?.points).toEqual([
      { revision: 1, at: "2024-02-22T10:00:00Z", value: 500, sourceUrl: "https://a.example" },
      { revision: 2, at: "2024-07-19T10:00:00Z", value: 100_000_000, sourceUrl: "https://co.example/2" },
      { revision: 3, at: "2024-10-24T10:00:00Z", value: 192_700_000, sourceUrl: "https://hhs.example/3" },
    ]);
  });

  it("shows no timeline for a figure that never changed, nor for other fields", () => {
    expect(keyFigureTimelines([revisions[0] as PublicRevision])).toEqual([]);
  });

  it("takes the API's key-figure history as given when there is one", () => {
    const history = {
      individualsAffected: [
        { revision: 4, at: "2025-01-01T00:00:00Z", value: 190_000_000, sourceUrl: null },
        { revision: 1, at: "2024-02-22T10:00:00Z", value: null, sourceUrl: "https://a.example" },
      ],
    };
    const [timeline] = keyFigureTimelines(revisions, history);
    expect(timeline?.points.map((p) => p.value)).toEqual([null, 190_000_000]);
  });
});
