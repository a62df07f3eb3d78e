import type { IncidentStatus } from "./enums";

/** An incident `GET /api/lookup` found: listed, or retracted, or merged into `duplicateOf`. */
export type LookupMatch = {
  id: string;
  /** English, or null when only the French (`titleFr`) is written. */
  title: string | null;
  titleFr: string | null;
  organisationName: string;
  date: string;
  country: string | null;
  status: IncidentStatus;
  duplicateOf: string | null;
  matchedBy: ("source_url" | "registry_ref")[];
};
