import type { IncidentReference } from "../public-incident";
import type { DuplicateSignal } from "./closeness";

/** What a report (or a form being filled) says that could match an incident already published. */
export type DuplicateQuery = {
  sourceUrls?: readonly string[];
  organisationName?: string | null;
  /** `YYYY-MM-DD`: the first known of when it occurred, was discovered, was made public. */
  date?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** An incident never reported as a duplicate of itself (the target of a correction). */
  excludeId?: string | null;
};

/** A published incident that may be the one reported, with every signal that matched. */
export type PossibleDuplicate = IncidentReference & { signals: DuplicateSignal[] };

/** At most this many source URLs are compared (each has up to four variants). */
export const MAX_DUPLICATE_URLS = 10;

/** At most this many possible duplicates are returned, the most signals first. */
export const MAX_DUPLICATES = 20;
