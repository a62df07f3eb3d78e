import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidentAttackTypes } from "../../../../worker/db/schema";
import { createIncident, updateIncident } from "../../../../worker/db/writes";
import { freshTag, incidentInput, places } from "../../factories";
import { boundaries, db, failingStatement, storedIncident } from "./support";

async function published(overrides: Parameters<typeof incidentInput>[1] = {}) {
  const input = incidentInput(freshTag(), overrides);
  await createIncident(db, boundaries, input, { reason: "From a test" });
  return input;
}

describe("updateIncident", () => {
  it("writes revision 2 with the reason, the source and each changed field from → to", async () => {
    const input = await published({ individualsAffected: 500 });
    const result = await updateIncident(
      db,
      boundaries,
      input.id,
      { individualsAffected: 100_000_000, verification: "confirmed", affectedIsEstimate: true },
      { expectedRevision: 1, reason: "The insurer's filing", sourceUrl: "https://regulator.example/filing" },
    );

    const changes = [
      { field: "individualsAffected", from: 500, to: 100_000_000 },
      { field: "affectedIsEstimate", from: false, to: true },
    ];
    expect(result).toEqual({ id: input.id, revision: 2, changes });
    const { row, revisions } = await storedIncident(input.id);
    expect(row).toMatchObject({ revision: 2, individualsAffected: 100_000_000, affectedIsEstimate: true });
    expect(revisions.map((r) => [r.revision, r.summary, r.reason, r.sourceUrl])).toEqual([
      [1, "Published", "From a test", null],
      [2, "Edited", "The insurer's filing", "https://regulator.example/filing"],
    ]);
    expect(revisions[1]?.changes).toEqual(changes);
  });

  it("numbers revisions one after another", async () => {
    const input = await published();
    for (const [expectedRevision, count] of [
      [1, 10],
      [2, 20],
      [3, 30],
    ] as const) {
      const { revision } = await updateIncident(
        db,
        boundaries,
        input.id,
        { individualsAffected: count },
        { expectedRevision, reason: "Update" },
      );
      expect(revision).toBe(expectedRevision + 1);
    }
    expect((await storedIncident(input.id)).revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
  });

  it("locates the incident again when its point moves, and replaces sources and attack types", async () => {
    const input = await published();
    const sources = [
      {
        url: "https://press.example/moved",
        title: "Moved",
        publisher: null,
        publishedOn: null,
        kind: "press" as const,
      },
    ];
    await updateIncident(
      db,
      boundaries,
      input.id,
      { ...places.rennes, sources, attackTypes: ["data_theft", "ransomware"] },
      { expectedRevision: 1, reason: "Wrong city" },
    );
    const stored = await storedIncident(input.id);
    expect(stored.row).toMatchObject({
      country: "FR",
      subdivision: "FR-BRE",
      department: "35",
      primaryType: "data_theft",
    });
    expect(stored.sources.map((s) => s.url)).toEqual(["https://press.example/moved"]);
    // The types' own table, which the stats by type count, follows the change.
    const types = await db
      .select({ type: incidentAttackTypes.attackType })
      .from(incidentAttackTypes)
      .where(eq(incidentAttackTypes.incidentId, input.id));
    expect(types.map((row) => row.type).sort()).toEqual(["data_theft", "ransomware"]);
  });

  it("refuses a stale expected revision as revision_conflict and changes nothing", async () => {
    const input = await published();
    await updateIncident(
      db,
      boundaries,
      input.id,
      { individualsAffected: 1 },
      { expectedRevision: 1, reason: "First" },
    );
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { individualsAffected: 2 },
        { expectedRevision: 1, reason: "Stale" },
      ),
    ).rejects.toMatchObject({ code: "revision_conflict" });
    const { row, revisions } = await storedIncident(input.id);
    expect(row?.individualsAffected).toBe(1);
    expect(revisions.map((r) => r.reason)).toEqual(["From a test", "First"]);
  });

  it("lets exactly one of two concurrent writers from the same revision win", async () => {
    const input = await published();
    const results = await Promise.allSettled(
      [111, 222].map((count) =>
        updateIncident(
          db,
          boundaries,
          input.id,
          { individualsAffected: count },
          { expectedRevision: 1, reason: `Set ${count}` },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "revision_conflict" });
    expect((await storedIncident(input.id)).revisions.map((r) => r.revision)).toEqual([1, 2]);
  });

  it("fails the whole batch when another writer stored the next revision after this one read the incident", async () => {
    const input = await published({ individualsAffected: 5 });
    // The other writer's revision row lands between this writer's read and its batch.
    await db.run(
      sql`INSERT INTO incident_revisions (incident_id, revision, summary, snapshot) VALUES (${input.id}, 2, 'Edited', '{}')`,
    );
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { individualsAffected: 6 },
        { expectedRevision: 1, reason: "Late" },
      ),
    ).rejects.toMatchObject({ code: "revision_conflict" });
    const { row, revisions } = await storedIncident(input.id);
    expect(row).toMatchObject({ individualsAffected: 5, revision: 1 });
    expect(revisions.map((r) => r.reason)).toEqual(["From a test", ""]);
  });

  it("leaves the incident and its revisions as they were when a statement of its batch fails", async () => {
    const input = await published({ individualsAffected: 7 });
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { individualsAffected: 8 },
        { expectedRevision: 1, reason: "Fails", extra: [failingStatement()] },
      ),
    ).rejects.toThrow(/no such table/);
    const { row, revisions } = await storedIncident(input.id);
    expect(row).toMatchObject({ individualsAffected: 7, revision: 1 });
    expect(revisions).toHaveLength(1);
  });

  it("refuses an unknown field, a change to the id, a change that changes nothing and a missing incident", async () => {
    const input = await published();
    const options = { expectedRevision: 1, reason: "Test" };
    await expect(updateIncident(db, boundaries, input.id, { colour: "red" }, options)).rejects.toMatchObject({
      code: "invalid_input",
      errors: [{ pointer: "/colour", detail: "This field is not known." }],
    });
    await expect(updateIncident(db, boundaries, input.id, { id: "other" }, options)).rejects.toMatchObject({
      code: "invalid_input",
      errors: [{ pointer: "/id" }],
    });
    await expect(
      updateIncident(db, boundaries, input.id, { title: input.title }, options),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: "These changes leave the incident as it is.",
      errors: [{ pointer: "/changes", detail: "Nothing would change." }],
    });
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { title: "x" },
        { ...options, sourceUrl: "ftp://press.example/a" },
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: "The source URL is not an http(s) URL.",
      errors: [{ pointer: "/sourceUrl", detail: "Expected an http(s) URL." }],
    });
    await expect(
      updateIncident(db, boundaries, `${input.id}-missing`, { title: "x" }, options),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await storedIncident(input.id)).revisions).toHaveLength(1);
  });

  it("validates the merged record: a date in the future is refused at its pointer", async () => {
    const input = await published();
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { occurredOn: "2999-01-01" },
        { expectedRevision: 1, reason: "Typo" },
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      errors: [{ pointer: "/occurredOn", detail: "A date may not be in the future." }],
    });
  });
});

describe("updateIncident and the place derived from the point", () => {
  it("relocates an incident that the current boundaries place elsewhere, as changes of its revision", async () => {
    const input = await published({ titleFr: "Avant", summaryFr: "Résumé." });
    // As an incident located with older, coarser boundaries would be stored.
    await db.run(
      sql`UPDATE incidents SET country = 'DE', subdivision = NULL, department = NULL WHERE id = ${input.id}`,
    );
    const stored = (await storedIncident(input.id)).row;

    const result = await updateIncident(
      db,
      boundaries,
      input.id,
      { titleFr: "Après" },
      {
        expectedRevision: 1,
        reason: "Sample data correction",
      },
    );

    const { row: relocated } = await storedIncident(input.id);
    if (!relocated) throw new Error("the incident is gone");
    expect(relocated.country).not.toBe("DE");
    expect(result.changes).toEqual([
      { field: "titleFr", from: "Avant", to: "Après" },
      { field: "country", from: "DE", to: relocated.country },
      ...(relocated.subdivision === null
        ? []
        : [{ field: "subdivision", from: null, to: relocated.subdivision }]),
      ...(relocated.department === null
        ? []
        : [{ field: "department", from: null, to: relocated.department }]),
    ]);
    expect(stored?.country).toBe("DE");
  });

  it("stores the French title and summary and each source's reading date, and reads them back unchanged", async () => {
    const input = await published({ titleFr: "Titre", summaryFr: "Résumé." });
    const { row } = await storedIncident(input.id);
    expect([row?.titleFr, row?.summaryFr]).toEqual(["Titre", "Résumé."]);
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { titleFr: "Titre", summaryFr: "Résumé." },
        {
          expectedRevision: 1,
          reason: "Nothing new",
        },
      ),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});
