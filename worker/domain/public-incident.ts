/**
 * The public shapes of an incident. These types are the API contract the web client imports;
 * nothing about contributors, moderators or network identifiers is ever part of them.
 */
import type { IncidentRow, SourceRow } from "../db/schema";
import type { FieldChange } from "./incident-changes";
import type { KeyFigureHistory } from "./key-figure-history";

export type PublicSource = Pick<
  SourceRow,
  "url" | "title" | "publisher" | "publishedOn" | "accessedOn" | "kind"
>;

/** One entry of the public history: when, what kind of change, what changed, why, on which source. */
export type PublicRevision = {
  revision: number;
  at: string;
  summary: string;
  reason: string;
  changes: FieldChange[];
  sourceUrl: string | null;
};

/** The fields a list row needs: enough to show and filter, not the whole record. */
export type IncidentSummary = Pick<
  IncidentRow,
  | "id"
  | "status"
  | "title"
  | "titleFr"
  | "originalLanguage"
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

/** Enough to name an incident in a list of matches (duplicates, lookups): `title` is English, or null. */
export type IncidentReference = Pick<
  IncidentSummary,
  "id" | "title" | "titleFr" | "organisationName" | "date" | "country"
>;

/** Kept by the store for its own constraints (the text in the original language), never served. */
export type StoredOnlyColumns = "originalTitle" | "originalSummary";

export type PublicIncident = Omit<
  IncidentRow,
  "ransomDemandedAmount" | "ransomDemandedCurrency" | "attackTypeMask" | StoredOnlyColumns
> & {
  ransomDemanded: { amount: number; currency: string | null } | null;
  sources: PublicSource[];
  /** Newest first. */
  revisions: PublicRevision[];
  keyFigureHistory: KeyFigureHistory;
};

export const summaryColumns = [
  "id",
  "status",
  "title",
  "titleFr",
  "originalLanguage",
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
  revisions: PublicRevision[],
  keyFigureHistory: KeyFigureHistory,
): PublicIncident {
  const {
    ransomDemandedAmount,
    ransomDemandedCurrency,
    originalTitle: _t,
    originalSummary: _s,
    attackTypeMask: _mask,
    ...rest
  } = row;
  return {
    ...rest,
    ransomDemanded:
      ransomDemandedAmount === null
        ? null
        : { amount: ransomDemandedAmount, currency: ransomDemandedCurrency },
    sources,
    revisions,
    keyFigureHistory,
  };
}
