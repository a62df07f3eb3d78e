import { describe, expect, it } from "vitest";
import {
  applyBody,
  changedFields,
  defaultSelection,
  diffRows,
  sameValue,
  toggleField,
} from "../../../web/src/moderation/model/diff-model";

const diff = [
  {
    field: "sources",
    current: [{ url: "https://a.example", title: "A" }],
    proposed: [{ title: "A", url: "https://a.example" }],
  },
  { field: "individualsAffected", current: 500, proposed: 100_000_000 },
  { field: "title", current: "Breach at X", proposed: "Breach at X" },
  { field: "zzUnknown", current: null, proposed: "x" },
  { field: "verification", current: "reported", proposed: "confirmed" },
];

describe("the field-level diff of a report", () => {
  it("orders the rows as the record reads, unknown fields last, and marks what changes", () => {
    const rows = diffRows(diff);
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ["title", false],
      ["verification", true],
      ["individualsAffected", true],
      ["sources", false],
      ["zzUnknown", true],
    ]);
  });

  it("ticks every changed field when a report opens, and only those", () => {
    expect([...defaultSelection(diffRows(diff))].sort()).toEqual([
      "individualsAffected",
      "verification",
      "zzUnknown",
    ]);
  });

  it("never ticks a field the report leaves as it is", () => {
    const rows = diffRows(diff);
    const selection = toggleField(rows, new Set(), "title", true);
    expect(selection.has("title")).toBe(false);
    expect(toggleField(rows, selection, "verification", true).has("verification")).toBe(true);
  });

  it("applies only the ticked changes, in the record's order", () => {
    const rows = diffRows(diff);
    let selection = defaultSelection(rows);
    selection = toggleField(rows, selection, "zzUnknown", false);
    expect(applyBody(rows, selection)).toEqual({ fields: ["verification", "individualsAffected"] });
  });

  it("applies nothing (no request) when no change is ticked", () => {
    const rows = diffRows(diff);
    expect(applyBody(rows, new Set())).toBeNull();
    expect(applyBody(rows, new Set(["title"]))).toBeNull();
  });
});

describe("value equality", () => {
  it.each([
    [null, undefined, true],
    [[], [], true],
    [{ a: 1, b: [2] }, { b: [2], a: 1 }, true],
    [[1, 2], [2, 1], false],
    [0, null, false],
    ["", null, false],
    [{ a: 1 }, { a: 1, b: null }, false],
  ])("%j and %j are the same: %s", (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe("an edit of a published incident", () => {
  it("sends only the fields whose value differs from what was read", () => {
    const read = { title: "T", individualsAffected: 500, city: null, revision: 3 };
    expect(changedFields(read, { title: "T", individualsAffected: 192_700_000, city: null })).toEqual({
      individualsAffected: 192_700_000,
    });
    expect(changedFields(read, { title: "T", city: null })).toEqual({});
  });
});
