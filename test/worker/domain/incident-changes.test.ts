import { describe, expect, it } from "vitest";
import { diffIncidents, placeChanges } from "../../../worker/domain/incident-changes";
import type { IncidentInput } from "../../../worker/domain/incident-input";
import { incidentInput } from "../factories";

describe("diffIncidents", () => {
  it("sees no change in sources whose keys were written in another order", () => {
    const before = incidentInput("order");
    const source = before.sources[0] as IncidentInput["sources"][number];
    const reordered = Object.fromEntries(Object.entries(source).reverse()) as typeof source;
    expect(diffIncidents(before, { ...before, sources: [reordered] })).toEqual([]);
  });

  it("sees a change of one value inside a source", () => {
    const before = incidentInput("value");
    const source = before.sources[0] as IncidentInput["sources"][number];
    const after = { ...before, sources: [{ ...source, title: "Another title" }] };
    expect(diffIncidents(before, after).map((change) => change.field)).toEqual(["sources"]);
  });
});

describe("placeChanges", () => {
  it("lists each derived place field that differs, from → to, and nothing when all agree", () => {
    const stored = { country: "DE", subdivision: null, department: null };
    expect(placeChanges(stored, stored)).toEqual([]);
    expect(placeChanges(stored, { country: "FR", subdivision: "FR-ARA", department: null })).toEqual([
      { field: "country", from: "DE", to: "FR" },
      { field: "subdivision", from: null, to: "FR-ARA" },
    ]);
  });
});
