import { eq } from "drizzle-orm";
import type { IncidentInput } from "../../domain/incident-input";
import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { type IncidentRow, incidents } from "../schema";
import { selectIncidentSources } from "../source-queries";

export type CurrentIncident = { row: IncidentRow; input: IncidentInput };

/** The stored incident, as its row and as the input that would store it again. */
export async function readCurrentIncident(db: Db, id: string): Promise<CurrentIncident> {
  const [rows, sources] = await db.batch([
    db.select().from(incidents).where(eq(incidents.id, id)).limit(1),
    selectIncidentSources(db, id),
  ]);
  const row = rows[0];
  if (!row) throw new WriteError("not_found", `No incident ${id}.`);
  return { row, input: toIncidentInput(row, sources) };
}

/** Checked before any work, so that a stale caller hears it early; the batch checks it again. */
export function assertRevision(current: CurrentIncident, expectedRevision: number): void {
  if (current.row.revision !== expectedRevision) {
    throw new WriteError(
      "revision_conflict",
      `Incident ${current.row.id} is at revision ${current.row.revision}, not ${expectedRevision}; read it again.`,
    );
  }
}

function toIncidentInput(row: IncidentRow, sources: IncidentInput["sources"]): IncidentInput {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    titleFr: row.titleFr,
    summaryFr: row.summaryFr,
    originalLanguage: row.originalLanguage,
    verification: row.verification,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    thirdPartyName: row.thirdPartyName,
    city: row.city,
    inseeCode: row.inseeCode,
    latitude: row.latitude,
    longitude: row.longitude,
    locationPrecision: row.locationPrecision,
    occurredOn: row.occurredOn,
    occurredPrecision: row.occurredPrecision,
    discoveredOn: row.discoveredOn,
    discoveredPrecision: row.discoveredPrecision,
    disclosedOn: row.disclosedOn,
    disclosedPrecision: row.disclosedPrecision,
    attackTypes: row.attackTypes,
    threatActor: row.threatActor,
    assetsHit: row.assetsHit,
    individualsAffected: row.individualsAffected,
    affectedIsEstimate: row.affectedIsEstimate,
    dataCategories: row.dataCategories,
    dataPublishedOnline: row.dataPublishedOnline,
    dataPublishedOn: row.dataPublishedOn,
    careDisruption: row.careDisruption,
    disruptionDays: row.disruptionDays,
    ransomDemanded:
      row.ransomDemandedAmount === null
        ? null
        : // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
          { amount: row.ransomDemandedAmount, currency: row.ransomDemandedCurrency ?? "" },
    ransomPaid: row.ransomPaid,
    regulatorActions: row.regulatorActions,
    sources,
  };
}
