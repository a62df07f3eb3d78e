import { describe, expect, it } from "vitest";
import { createIncidents } from "../../../../worker/db/writes";
import { WriteError } from "../../../../worker/domain/write-errors";
import { freshTag, incidentInput, places } from "../../factories";
import { boundaries, db, failingStatement, storedIncident } from "./support";

const nothing = { row: null, revisions: [], sources: [] };

describe("createIncidents", () => {
  it("stores every incident of the batch as createIncident would, each with revision 1 and its reason", async () => {
    const inputs = [
      incidentInput(freshTag(), { ...places.bordeaux }),
      incidentInput(freshTag(), { ...places.newYork }),
    ];
    const result = await createIncidents(
      db,
      boundaries,
      inputs.map((input, i) => ({ input, reason: `Batch record ${i}` })),
    );

    expect(result).toEqual(inputs.map((input) => ({ id: input.id, revision: 1 })));
    const [first, second] = await Promise.all(inputs.map((input) => storedIncident(input.id)));
    expect(first?.row).toMatchObject({ status: "published", revision: 1, country: "FR", department: "33" });
    expect(second?.row).toMatchObject({
      status: "published",
      revision: 1,
      country: "US",
      subdivision: "US-NY",
    });
    expect(first?.revisions.map((r) => r.reason)).toEqual(["Batch record 0"]);
    expect(second?.revisions.map((r) => r.reason)).toEqual(["Batch record 1"]);
  });

  it("stores none of the batch when a statement of its last record fails", async () => {
    const inputs = [incidentInput(freshTag()), incidentInput(freshTag())];
    await expect(
      createIncidents(db, boundaries, [
        { input: inputs[0], reason: "First" },
        { input: inputs[1], reason: "Second", extra: [failingStatement()] },
      ]),
    ).rejects.toThrow(/no such table/);
    for (const input of inputs) expect(await storedIncident(input.id)).toEqual(nothing);
  });

  it("refuses an invalid record as invalid_input before writing any of the batch", async () => {
    const valid = incidentInput(freshTag());
    const invalid = incidentInput(freshTag(), { latitude: 91 });
    const error = await createIncidents(db, boundaries, [
      { input: valid, reason: "Valid" },
      { input: invalid, reason: "Invalid" },
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error.code).toBe("invalid_input");
    expect(await storedIncident(valid.id)).toEqual(nothing);
  });

  it("refuses two records with one id as already_exists, before writing, and stores neither", async () => {
    const input = incidentInput(freshTag());
    const error = await createIncidents(db, boundaries, [
      { input, reason: "First" },
      { input: { ...input, title: "Other" }, reason: "Second" },
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({
      code: "already_exists",
      message: `Two incidents of this batch have the id ${input.id}.`,
      errors: [{ pointer: "/id", detail: "This id is taken." }],
    });
    expect(await storedIncident(input.id)).toEqual(nothing);
  });

  it("refuses a batch holding an id already stored, naming every id of the batch, and stores none of it", async () => {
    const [stored, fresh] = [incidentInput(freshTag()), incidentInput(freshTag())];
    await createIncidents(db, boundaries, [{ input: stored, reason: "Earlier" }]);
    const error = await createIncidents(db, boundaries, [
      { input: fresh, reason: "New" },
      { input: { ...stored, title: "Other" }, reason: "Again" },
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({
      code: "already_exists",
      message: `An incident ${fresh.id}, ${stored.id} already exists.`,
      errors: [{ pointer: "/id", detail: "This id is taken." }],
    });
    expect(await storedIncident(fresh.id)).toEqual(nothing);
    expect((await storedIncident(stored.id)).revisions.map((r) => r.reason)).toEqual(["Earlier"]);
  });

  it("writes nothing and answers nothing for an empty batch", async () => {
    expect(await createIncidents(db, boundaries, [])).toEqual([]);
  });
});
