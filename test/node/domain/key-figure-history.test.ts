import { describe, expect, it } from "vitest";
import { keyFigureHistory, type RevisionFacts } from "../../../worker/domain/key-figure-history";

const current = {
  individualsAffected: 192_700_000,
  occurredOn: "2024-02-21",
  discoveredOn: null,
  disclosedOn: "2024-02-29",
  verification: "confirmed",
};

const published: RevisionFacts = {
  revision: 1,
  at: "2024-02-22T10:00:00Z",
  reason: "First report",
  // What the first revision records is not a change of a published value: it is ignored.
  changes: [{ field: "individualsAffected", from: null, to: 1 }],
  sourceUrl: "https://first.example/1",
};
const statement: RevisionFacts = {
  revision: 2,
  at: "2024-07-19T10:00:00Z",
  reason: "Company statement",
  changes: [
    { field: "title", from: "A", to: "B" },
    { field: "individualsAffected", from: 500, to: 100_000_000 },
    { field: "verification", from: "reported", to: "confirmed" },
  ],
  sourceUrl: "https://co.example/2",
};
const portal: RevisionFacts = {
  revision: 3,
  at: "2024-10-24T10:00:00Z",
  reason: "HHS breach portal update",
  changes: [{ field: "individualsAffected", from: 100_000_000, to: 192_700_000 }],
  sourceUrl: null,
};

describe("an incident's key figures over time", () => {
  it("walk back from the current values: 500 → 100M → 192.7M", () => {
    const history = keyFigureHistory(current, [portal, statement, published]);
    expect(history.individualsAffected).toEqual([
      {
        revision: 1,
        at: "2024-02-22T10:00:00Z",
        value: 500,
        reason: "First report",
        sourceUrl: "https://first.example/1",
      },
      {
        revision: 2,
        at: "2024-07-19T10:00:00Z",
        value: 100_000_000,
        reason: "Company statement",
        sourceUrl: "https://co.example/2",
      },
      {
        revision: 3,
        at: "2024-10-24T10:00:00Z",
        value: 192_700_000,
        reason: "HHS breach portal update",
        sourceUrl: null,
      },
    ]);
    expect(history.verification.map(({ revision, value }) => [revision, value])).toEqual([
      [1, "reported"],
      [2, "confirmed"],
    ]);
  });

  it("give a figure never changed one point, the published value at the first revision", () => {
    const history = keyFigureHistory(current, [portal, statement, published]);
    expect(history.occurredOn).toEqual([
      {
        revision: 1,
        at: "2024-02-22T10:00:00Z",
        value: "2024-02-21",
        reason: "First report",
        sourceUrl: "https://first.example/1",
      },
    ]);
    expect(history.disclosedOn.map(({ value }) => value)).toEqual(["2024-02-29"]);
    expect(history.discoveredOn.map(({ value }) => value)).toEqual([null]);
  });

  it("say null for a value that was or is absent", () => {
    const cleared: RevisionFacts = {
      ...statement,
      changes: [
        { field: "individualsAffected", from: undefined, to: undefined },
        { field: "discoveredOn", from: "2024-01-01", to: null },
      ],
    };
    const history = keyFigureHistory({ ...current, individualsAffected: undefined }, [cleared, published]);
    expect(history.individualsAffected.map(({ revision, value }) => [revision, value])).toEqual([
      [1, null],
      [2, null],
    ]);
    expect(history.discoveredOn.map(({ revision, value }) => [revision, value])).toEqual([
      [1, "2024-01-01"],
      [2, null],
    ]);
  });

  it("are empty without any revision", () => {
    expect(keyFigureHistory(current, [])).toEqual({
      individualsAffected: [],
      occurredOn: [],
      discoveredOn: [],
      disclosedOn: [],
      verification: [],
    });
  });
});
