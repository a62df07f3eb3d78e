import { describe, expect, it } from "vitest";
import { diffIncidents, placeChanges } from "../../../worker/domain/incident-changes";
import type { IncidentInput } from "../../../worker/domain/incident-input";

/** Only the fields a test is about: the diff walks whatever fields the newer version has. */
const version = (fields: Partial<IncidentInput>) => fields as IncidentInput;

const source = {
  url: "https://press.example/dax",
  title: "A press article",
  publisher: "Example press",
  publishedOn: "2022-03-16",
  accessedOn: "2022-03-20",
  kind: "press",
} as const;

describe("the changes between two versions of an incident", () => {
  it("list each field whose value differs, from → to, in the newer version's field order", () => {
    const before = version({
      id: "a",
      title: "Old",
      city: "Dax",
      individualsAffected: 500,
      ransomPaid: false,
    });
    const after = version({ id: "a", individualsAffected: 900, title: "New", ransomPaid: true, city: "Dax" });
    expect(diffIncidents(before, after)).toEqual([
      { field: "individualsAffected", from: 500, to: 900 },
      { field: "title", from: "Old", to: "New" },
      { field: "ransomPaid", from: false, to: true },
    ]);
  });

  it("never list the id", () => {
    expect(diffIncidents(version({ id: "a" }), version({ id: "b" }))).toEqual([]);
  });

  it("read an absent value as null", () => {
    expect(diffIncidents(version({}), version({ city: null, threatActor: "LockBit" }))).toEqual([
      { field: "threatActor", from: null, to: "LockBit" },
    ]);
    expect(diffIncidents(version({ city: "Dax" }), version({ city: undefined }))).toEqual([
      { field: "city", from: "Dax", to: null },
    ]);
  });

  it("see no change in objects whose keys were written in another order", () => {
    const reordered = Object.fromEntries(Object.entries(source).reverse()) as typeof source;
    expect(diffIncidents(version({ sources: [source] }), version({ sources: [reordered] }))).toEqual([]);
    expect(
      diffIncidents(
        version({ ransomDemanded: { amount: 10, currency: "EUR" } }),
        version({ ransomDemanded: { currency: "EUR", amount: 10 } }),
      ),
    ).toEqual([]);
  });

  it("see a change of one value inside an object, and a change of order in a list", () => {
    const retitled = { ...source, title: "Another title" };
    expect(diffIncidents(version({ sources: [source] }), version({ sources: [retitled] }))).toEqual([
      { field: "sources", from: [source], to: [retitled] },
    ]);
    expect(
      diffIncidents(
        version({ attackTypes: ["ransomware", "ddos"] }),
        version({ attackTypes: ["ddos", "ransomware"] }),
      ),
    ).toEqual([{ field: "attackTypes", from: ["ransomware", "ddos"], to: ["ddos", "ransomware"] }]);
  });

  it("tell a list from an object with the same entries", () => {
    const asObject = { 0: "ransomware" } as unknown as IncidentInput["attackTypes"];
    expect(
      diffIncidents(version({ attackTypes: ["ransomware"] }), version({ attackTypes: asObject })),
    ).toEqual([{ field: "attackTypes", from: ["ransomware"], to: asObject }]);
  });
});

describe("the place fields that a moved point changes", () => {
  const stored = { country: "FR", subdivision: "FR-NAQ", department: "FR-40" };

  it("are none when the point lies in the same places", () => {
    expect(placeChanges(stored, { ...stored })).toEqual([]);
  });

  it("are each derived field that differs, from → to, country first", () => {
    expect(placeChanges(stored, { country: "ES", subdivision: null, department: null })).toEqual([
      { field: "country", from: "FR", to: "ES" },
      { field: "subdivision", from: "FR-NAQ", to: null },
      { field: "department", from: "FR-40", to: null },
    ]);
    expect(placeChanges(stored, { ...stored, department: "FR-64" })).toEqual([
      { field: "department", from: "FR-40", to: "FR-64" },
    ]);
    expect(placeChanges(stored, { ...stored, subdivision: "FR-OCC" })).toEqual([
      { field: "subdivision", from: "FR-NAQ", to: "FR-OCC" },
    ]);
  });
});
