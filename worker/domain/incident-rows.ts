/**
 * From a validated input and its located place to the rows the store keeps. Pure, so that the
 * Worker and the Node scripts (sample data, benchmarks) write exactly the same rows.
 */
import type { NewIncidentRow } from "../db/schema";
import type { AttackType, DatePrecision, SourceKind } from "./enums";
import type { PointLocation } from "./geo/locate";
import type { IncidentInput } from "./incident-input";

export type IncidentRows = {
  incident: NewIncidentRow;
  sources: {
    incidentId: string;
    position: number;
    url: string;
    title: string;
    publisher: string | null;
    publishedOn: string | null;
    kind: SourceKind;
  }[];
  attackTypes: { incidentId: string; attackType: AttackType }[];
};

/** The reference date of an incident: the first of occurred, discovered, disclosed that is known. */
export function referenceDate(input: IncidentInput): { date: string; precision: DatePrecision } {
  for (const name of ["occurred", "discovered", "disclosed"] as const) {
    const date = input[`${name}On`];
    const precision = input[`${name}Precision`];
    if (date && precision) return { date, precision };
  }
  throw new Error(`Incident ${input.id} has no date; incidentInput should have refused it.`);
}

export function buildIncidentRows(
  input: IncidentInput,
  place: PointLocation,
  options: { synthetic?: boolean; now?: string } = {},
): IncidentRows {
  const { sources, ransomDemanded, ...fields } = input;
  const { date, precision } = referenceDate(input);
  const [primaryType] = input.attackTypes as [AttackType, ...AttackType[]];
  const now = options.now ?? new Date().toISOString();
  return {
    incident: {
      ...fields,
      ...place,
      status: "published",
      date,
      datePrecision: precision,
      primaryType,
      ransomDemandedAmount: ransomDemanded?.amount ?? null,
      ransomDemandedCurrency: ransomDemanded?.currency ?? null,
      synthetic: options.synthetic ?? false,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    },
    sources: sources.map((source, position) => ({ incidentId: input.id, position, ...source })),
    attackTypes: input.attackTypes.map((attackType) => ({ incidentId: input.id, attackType })),
  };
}
