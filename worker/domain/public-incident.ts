/**
 * The public shapes of an incident. These types are the API contract the web client imports;
 * nothing about contributors, moderators or network identifiers is ever part of them.
 */
import type { IncidentRow, SourceRow } from "../db/schema";

export type PublicSource = Pick<
  SourceRow,
  "url" | "title" | "publisher" | "publishedOn" | "accessedOn" | "kind"
>;

export type RevisionSummary = { revision: number; summary: string; createdAt: string };

/** The fields a list row needs: enough to show and filter, not the whole record. */
export type IncidentSummary = Pick<
  IncidentRow,
  | "id"
  | "status"
  | "title"
  | "titleFr"
  | "verification"
  | "organisationName"
  | "organisationType"
  | "country"
  | "subdivision"
  | "department"
  | "city"
  | "latitude"
  | "longitude"
  | "locationPrecision"
  | "date"
  | "datePrecision"
  | "primaryType"
  | "attackTypes"
  | "individualsAffected"
  | "affectedIsEstimate"
>;

export type PublicIncident = Omit<IncidentRow, "ransomDemandedAmount" | "ransomDemandedCurrency"> & {
  ransomDemanded: { amount: number; currency: string | null } | null;
  sources: PublicSource[];
  revisions: RevisionSummary[];
};

export const summaryColumns = [
  "id",
  "status",
  "title",
  "titleFr",
  "verification",
  "organisationName",
  "organisationType",
  "country",
  "subdivision",
  "department",
  "city",
  "latitude",
  "longitude",
  "locationPrecision",
  "date",
  "datePrecision",
  "primaryType",
  "attackTypes",
  "individualsAffected",
  "affectedIsEstimate",
] as const satisfies readonly (keyof IncidentSummary)[];

export function toPublicIncident(
  row: IncidentRow,
  sources: PublicSource[],
  revisions: RevisionSummary[],
): PublicIncident {
  const { ransomDemandedAmount, ransomDemandedCurrency, ...rest } = row;
  return {
    ...rest,
    ransomDemanded:
      ransomDemandedAmount === null
        ? null
        : { amount: ransomDemandedAmount, currency: ransomDemandedCurrency },
    sources,
    revisions,
  };
}
