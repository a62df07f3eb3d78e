import { describe, expect, it } from "vitest";
import { createIncident, markDuplicate, retractIncident, updateIncident } from "../../../../worker/db/writes";
import { getJson } from "../../../worker/request";
import { freshTag, incidentInput } from "../../factories";
import { boundaries, db, failingStatement, storedIncident } from "./support";

async function published(tag = freshTag()) {
  const input = incidentInput(tag);
  await createIncident(db, boundaries, input, { reason: "From a test" });
  return input;
}

describe("retractIncident", () => {
  it("keeps the record, hidden from the lists, with its reason as revision 2", async () => {
    const tag = freshTag();
    const input = await published(tag);
    const result = await retractIncident(db, input.id, { expectedRevision: 1, reason: "A hoax" });

    expect(result).toEqual({
      id: input.id,
      revision: 2,
      changes: [
        { field: "status", from: "published", to: "retracted" },
        { field: "retractionReason", from: null, to: "A hoax" },
      ],
    });
    const { row, revisions } = await storedIncident(input.id);
    expect(row).toMatchObject({ status: "retracted", retractionReason: "A hoax", revision: 2 });
    expect(revisions.map((r) => [r.revision, r.summary, r.reason])).toEqual([
      [1, "Published", "From a test"],
      [2, "Retracted", "A hoax"],
    ]);
    expect((await getJson<{ items: unknown[] }>(`/api/incidents?q=${tag}`)).items).toEqual([]);
  });

  it("refuses to retract twice, or to edit a retracted incident, as invalid_transition", async () => {
    const input = await published();
    await retractIncident(db, input.id, { expectedRevision: 1, reason: "A hoax" });
    await expect(
      retractIncident(db, input.id, { expectedRevision: 2, reason: "Again" }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
      message: `Incident ${input.id} is retracted; only a published one is retracted.`,
    });
    await expect(
      updateIncident(db, boundaries, input.id, { title: "New" }, { expectedRevision: 2, reason: "Edit" }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
      message: `Incident ${input.id} is retracted; only a published one is edited.`,
    });
    const other = await published();
    await expect(
      markDuplicate(db, input.id, other.id, { expectedRevision: 2, reason: "Same" }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
      message: `Incident ${input.id} is retracted; only a published one is merged.`,
    });
  });

  it("refuses a stale revision, and changes nothing when a statement of its batch fails", async () => {
    const input = await published();
    await expect(
      retractIncident(db, input.id, { expectedRevision: 2, reason: "Stale" }),
    ).rejects.toMatchObject({
      code: "revision_conflict",
    });
    await expect(
      retractIncident(db, input.id, { expectedRevision: 1, reason: "Fails", extra: [failingStatement()] }),
    ).rejects.toThrow(/no such table/);
    const { row, revisions } = await storedIncident(input.id);
    expect(row).toMatchObject({ status: "published", retractionReason: null, revision: 1 });
    expect(revisions).toHaveLength(1);
  });
});

describe("markDuplicate", () => {
  it("merges an incident into the one it duplicates, as revision 2", async () => {
    const original = await published();
    const duplicate = await published();
    const result = await markDuplicate(db, duplicate.id, original.id, {
      expectedRevision: 1,
      reason: "Same attack",
    });

    expect(result.revision).toBe(2);
    expect(result.changes).toEqual([
      { field: "status", from: "published", to: "merged" },
      { field: "duplicateOf", from: null, to: original.id },
    ]);
    expect((await storedIncident(duplicate.id)).row).toMatchObject({
      status: "merged",
      duplicateOf: original.id,
    });
    expect((await storedIncident(original.id)).row).toMatchObject({ status: "published", revision: 1 });
    expect((await storedIncident(duplicate.id)).revisions.map((r) => [r.summary, r.reason])).toEqual([
      ["Published", "From a test"],
      ["Merged", "Same attack"],
    ]);
  });

  it("refuses itself, an unknown target, a stale revision, and a failing batch leaves both as they were", async () => {
    const original = await published();
    const duplicate = await published();
    const options = { expectedRevision: 1, reason: "Same" };
    await expect(markDuplicate(db, duplicate.id, duplicate.id, options)).rejects.toMatchObject({
      code: "invalid_input",
      message: "An incident duplicates another, existing incident.",
      errors: [{ pointer: "/duplicateOf", detail: "Give the id of another incident." }],
    });
    await expect(markDuplicate(db, duplicate.id, `${original.id}-nope`, options)).rejects.toMatchObject({
      code: "invalid_input",
      message: `No published incident ${original.id}-nope to merge into.`,
      errors: [{ pointer: "/duplicateOf", detail: "Give the id of a published incident." }],
    });
    await expect(
      markDuplicate(db, duplicate.id, original.id, { ...options, expectedRevision: 3 }),
    ).rejects.toMatchObject({
      code: "revision_conflict",
    });
    await expect(
      markDuplicate(db, duplicate.id, original.id, { ...options, extra: [failingStatement()] }),
    ).rejects.toThrow(/no such table/);
    expect((await storedIncident(duplicate.id)).row).toMatchObject({
      status: "published",
      duplicateOf: null,
      revision: 1,
    });
  });
});
