import type { IncidentStatus } from "./enums";
import type { IncidentReference } from "./public-incident";

/** An incident `GET /api/lookup` found: listed, or retracted, or merged into `duplicateOf`. */
export type LookupMatch = IncidentReference & {
  status: IncidentStatus;
  duplicateOf: string | null;
  matchedBy: ("source_url" | "registry_ref")[];
};
