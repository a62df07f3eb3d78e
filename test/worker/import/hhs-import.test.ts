import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { applyHhsRecord, prepareHhsImport } from "../../../scripts/lib/import/apply-hhs";
import type { HhsRecord } from "../../../scripts/lib/import/hhs-record";
import { getDb } from "../../../worker/db/client";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson } from "../request";
import { hhsRecord, points } from "./hhs-fixtures";

async function importAll(records: HhsRecord[]) {
  const db = getDb(env);
  const boundaries = createAssetBoundarySource(env.ASSETS);
  const context = await prepareHhsImport(db, boundaries, points, records);
  const outcomes = [];
  for (const record of records) outcomes.push(await applyHhsRecord(context, record));
  return outcomes;
}

type Lookup = { matches: { id: string }[] };
const incident = (id: string) =>
  getJson<PublicIncident & { revisions: { reason?: string }[] }>(`/api/incidents/${id}`);

describe("importing HHS OCR records", () => {
  it("creates an incident at the state, precision subdivision, with the portal as a regulator source", async () => {
    const tag = freshTag();
    const [outcome] = await importAll([hhsRecord(`${tag} Hospital`)]);
    expect(outcome?.kind).toBe("created");
    const created = await incident((outcome as { id: string }).id);
    expect(created).toMatchObject({
      country: "US",
      subdivision: "US-NY",
      locationPrecision: "subdivision",
      organisationType: "healthcare_provider",
      individualsAffected: 1500,
      verification: "confirmed",
      sources: [expect.objectContaining({ kind: "regulator" })],
    });
  });

  it("creates no duplicate on a second import, and turns a changed figure into a revision that says so", async () => {
    const tag = freshTag();
    const [first] = await importAll([hhsRecord(`${tag} Clinic`)]);
    const [again] = await importAll([hhsRecord(`${tag} Clinic`)]);
    expect(again).toEqual({ kind: "unchanged", id: (first as { id: string }).id });
    const [changed] = await importAll([hhsRecord(`${tag} Clinic`, { "Individuals Affected": "2500" })]);
    expect(changed).toMatchObject({ kind: "updated", id: (first as { id: string }).id });
    const updated = await incident((first as { id: string }).id);
    expect(updated.individualsAffected).toBe(2500);
    expect(updated.revision).toBe(2);
    const lookup = await getJson<Lookup>(`/api/lookup?ref=hhs:NY-2022-03-10-${tag}-clinic`);
    expect(lookup.matches.map((match) => match.id)).toEqual([(first as { id: string }).id]);
  });

  it("links a record to the incident we hold of the same organisation at a close date, instead of duplicating it", async () => {
    const tag = freshTag();
    const [ours] = await createIncidents(
      incidentInput(tag, {
        ...places.newYork,
        organisationName: `The ${tag} Medical Center, Inc.`,
        occurredOn: "2022-01-20",
      }),
    );
    const [far] = await importAll([
      hhsRecord(`${tag} Medical Center`, { "Breach Submission Date": "03/10/2024" }),
    ]);
    expect(far?.kind).toBe("created");
    const [close] = await importAll([hhsRecord(`${tag} MEDICAL CENTER`)]);
    expect(close).toMatchObject({ kind: "linked", id: ours?.id });
    const linked = await incident(ours?.id ?? "");
    expect(linked.sources.map((source) => source.kind)).toEqual(["press", "regulator"]);
    expect(linked.individualsAffected).toBe(1500);
    expect(linked.revision).toBe(2);
  });
});
