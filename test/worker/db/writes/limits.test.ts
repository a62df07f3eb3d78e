import { describe, expect, it } from "vitest";
import { createIncident, markDuplicate, retractIncident, updateIncident } from "../../../../worker/db/writes";
import { freshTag, incidentInput } from "../../factories";
import { boundaries, db, storedIncident } from "./support";

async function published() {
  const input = incidentInput(freshTag());
  await createIncident(db, boundaries, input, { reason: "From a test" });
  return input;
}

describe("the write layer's reason", () => {
  it("is trimmed, kept at 1000 characters and refused at 1001", async () => {
    const atLimit = await published();
    await retractIncident(db, atLimit.id, { expectedRevision: 1, reason: ` ${"r".repeat(1000)} ` });
    expect((await storedIncident(atLimit.id)).revisions.at(-1)?.reason).toBe("r".repeat(1000));

    const overLimit = await published();
    await expect(
      retractIncident(db, overLimit.id, { expectedRevision: 1, reason: "r".repeat(1001) }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      errors: [{ pointer: "/reason", detail: "Give a reason of 1 to 1000 characters." }],
    });
    expect((await storedIncident(overLimit.id)).row).toMatchObject({ status: "published", revision: 1 });
  });

  it("of one character is enough", async () => {
    const input = await published();
    const result = await updateIncident(
      db,
      boundaries,
      input.id,
      { title: "Edited" },
      {
        expectedRevision: 1,
        reason: "x",
      },
    );
    expect(result.revision).toBe(2);
  });
});

describe("updateIncident's source URL", () => {
  it("is stored when http(s), absent when null, and refused otherwise, storing nothing", async () => {
    const input = await published();
    await expect(
      updateIncident(
        db,
        boundaries,
        input.id,
        { title: "Edited" },
        {
          expectedRevision: 1,
          reason: "Fix",
          sourceUrl: "ftp://press.example/a",
        },
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      errors: [{ pointer: "/sourceUrl", detail: "Expected an http(s) URL." }],
    });
    expect((await storedIncident(input.id)).revisions).toHaveLength(1);

    await updateIncident(
      db,
      boundaries,
      input.id,
      { title: "Edited" },
      {
        expectedRevision: 1,
        reason: "Fix",
        sourceUrl: null,
      },
    );
    await updateIncident(
      db,
      boundaries,
      input.id,
      { title: "Edited again" },
      {
        expectedRevision: 2,
        reason: "Fix",
        sourceUrl: "https://press.example/b",
      },
    );
    const { revisions } = await storedIncident(input.id);
    expect(revisions.map((revision) => revision.sourceUrl)).toEqual([null, null, "https://press.example/b"]);
  });
});

describe("markDuplicate", () => {
  it("refuses a target that is not an incident id, one that is retracted, and an incident not published", async () => {
    const [first, second, third] = [await published(), await published(), await published()];
    await expect(
      markDuplicate(db, first.id, "Not An Id", { expectedRevision: 1, reason: "Same" }),
    ).rejects.toMatchObject({ code: "invalid_input", errors: [{ pointer: "/duplicateOf" }] });

    await retractIncident(db, second.id, { expectedRevision: 1, reason: "A hoax" });
    await expect(
      markDuplicate(db, first.id, second.id, { expectedRevision: 1, reason: "Same" }),
    ).rejects.toMatchObject({ code: "invalid_input", errors: [{ pointer: "/duplicateOf" }] });
    await expect(
      markDuplicate(db, second.id, third.id, { expectedRevision: 2, reason: "Same" }),
    ).rejects.toMatchObject({ code: "invalid_transition" });

    const result = await markDuplicate(db, first.id, third.id, { expectedRevision: 1, reason: "Same" });
    expect(result.changes).toEqual([
      { field: "status", from: "published", to: "merged" },
      { field: "duplicateOf", from: null, to: third.id },
    ]);
  });
});
