import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildIncidentRows, createIncident, updateIncident } from "../../../../worker/db/writes";
import { freshTag, incidentInput } from "../../factories";
import { boundaries, db, storedIncident } from "./support";

async function published() {
  const input = incidentInput(freshTag());
  await createIncident(db, boundaries, input, { reason: "From a test" });
  return input;
}

describe("the write layer's errors say what to do", () => {
  it("names each invalid field once, or the root for an input that is no object", async () => {
    const input = { ...incidentInput(freshTag()), latitude: 91, longitude: 181, sources: [] };
    await expect(createIncident(db, boundaries, input, { reason: "Test" })).rejects.toMatchObject({
      code: "invalid_input",
      message: "Check these fields: latitude, longitude, sources.",
    });
    await expect(createIncident(db, boundaries, "not an incident", { reason: "Test" })).rejects.toMatchObject(
      {
        message: "Check these fields: (root).",
      },
    );
  });

  it("names the missing incident, and the revision a stale writer read", async () => {
    await expect(
      updateIncident(db, boundaries, "fr-2020-no-such", { title: "X" }, { expectedRevision: 1, reason: "R" }),
    ).rejects.toMatchObject({ code: "not_found", message: "No incident fr-2020-no-such." });

    const input = await published();
    await expect(
      updateIncident(db, boundaries, input.id, { title: "X" }, { expectedRevision: 3, reason: "R" }),
    ).rejects.toMatchObject({
      code: "revision_conflict",
      message: `Incident ${input.id} is at revision 1, not 3; read it again.`,
    });

    await db.run(
      sql`INSERT INTO incident_revisions (incident_id, revision, summary, snapshot) VALUES (${input.id}, 2, 'Edited', '{}')`,
    );
    await expect(
      updateIncident(db, boundaries, input.id, { title: "X" }, { expectedRevision: 1, reason: "R" }),
    ).rejects.toMatchObject({
      code: "revision_conflict",
      message: `Incident ${input.id} changed after revision 1; read it again.`,
    });
  });
});

describe("the rows of a new incident", () => {
  it("keep a demanded ransom's amount and currency, and say whether the record is synthetic", async () => {
    const input = incidentInput(freshTag(), { ransomDemanded: { amount: 250000, currency: "EUR" } });
    await createIncident(db, boundaries, input, { reason: "Test" });
    expect((await storedIncident(input.id)).row).toMatchObject({
      ransomDemandedAmount: 250000,
      ransomDemandedCurrency: "EUR",
      synthetic: false,
    });
    const place = { country: "FR", subdivision: null, departement: null };
    const rows = buildIncidentRows(input, place as never, { reason: "Bench", synthetic: true });
    expect(rows.incident.synthetic).toBe(true);
    expect(buildIncidentRows(input, place as never, { reason: "Seed" }).incident.synthetic).toBe(false);
  });
});
