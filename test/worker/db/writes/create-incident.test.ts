import { describe, expect, it } from "vitest";
import { createIncident } from "../../../../worker/db/writes";
import { WriteError } from "../../../../worker/domain/write-errors";
import { freshTag, incidentInput, places } from "../../factories";
import { boundaries, db, failingStatement, storedIncident } from "./support";

describe("createIncident", () => {
  it("stores a published incident located from its point, with revision 1 and its reason", async () => {
    const input = incidentInput(freshTag(), { ...places.bordeaux });
    const result = await createIncident(db, boundaries, input, { reason: "From a test" });

    expect(result).toEqual({ id: input.id, revision: 1 });
    const { row, revisions, sources } = await storedIncident(input.id);
    expect(row).toMatchObject({
      status: "published",
      revision: 1,
      country: "FR",
      subdivision: "FR-NAQ",
      department: "33",
    });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      revision: 1,
      summary: "Published",
      reason: "From a test",
      changes: [],
      sourceUrl: null,
    });
    expect(sources.map((s) => s.url)).toEqual(input.sources.map((s) => s.url));
  });

  it("makes a readable id from country, year and organisation when none is given", async () => {
    const { id: _id, ...input } = incidentInput(freshTag(), { organisationName: "Hôpital Saint-Éloi" });
    const { id } = await createIncident(db, boundaries, input, { reason: "From a test" });
    expect(id).toMatch(/^fr-2022-hopital-saint-eloi-[a-z0-9]{6}$/);
    expect((await storedIncident(id)).row?.organisationName).toBe("Hôpital Saint-Éloi");
  });

  it("stores nothing when a statement of its batch fails", async () => {
    const input = incidentInput(freshTag());
    await expect(
      createIncident(db, boundaries, input, { reason: "From a test", extra: [failingStatement()] }),
    ).rejects.toThrow(/no such table/);
    expect(await storedIncident(input.id)).toEqual({ row: null, revisions: [], sources: [] });
  });

  it("runs the caller's extra statements in the same batch, given the new id", async () => {
    const { id: _id, ...input } = incidentInput(freshTag());
    let seen = "";
    const { id } = await createIncident(db, boundaries, input, {
      reason: "From a test",
      extra: (incidentId) => {
        seen = incidentId;
        return [];
      },
    });
    expect(seen).toBe(id);
  });

  it("refuses a second incident with the same id as already_exists, and keeps the first", async () => {
    const input = incidentInput(freshTag());
    await createIncident(db, boundaries, input, { reason: "First" });
    const error = await createIncident(
      db,
      boundaries,
      { ...input, title: "Other" },
      { reason: "Second" },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({
      code: "already_exists",
      message: `An incident ${input.id} already exists.`,
      errors: [{ pointer: "/id", detail: "This id is taken." }],
    });
    const { row, revisions } = await storedIncident(input.id);
    expect(row?.title).toBe(input.title);
    expect(revisions.map((r) => r.reason)).toEqual(["First"]);
  });

  it("refuses invalid input as invalid_input with a pointer per field, and stores nothing", async () => {
    const input = incidentInput(freshTag(), { latitude: 91, sources: [] });
    const error = await createIncident(db, boundaries, input, { reason: "From a test" }).catch((e) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error.code).toBe("invalid_input");
    expect(error.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/latitude", "/sources"]);
    expect((await storedIncident(input.id)).row).toBeNull();
  });

  it("refuses an empty reason", async () => {
    const input = incidentInput(freshTag());
    await expect(createIncident(db, boundaries, input, { reason: "  " })).rejects.toMatchObject({
      code: "invalid_input",
      message: "Give a reason of 1 to 1000 characters.",
      errors: [{ pointer: "/reason", detail: "Give a reason of 1 to 1000 characters." }],
    });
  });
});
