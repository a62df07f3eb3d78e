import type { IncidentInput } from "../incident-input";
import { type DuplicateQuery, MAX_DUPLICATE_URLS } from "./possible-duplicate";

type Proposed = Pick<
  IncidentInput,
  "sources" | "organisationName" | "latitude" | "longitude" | "occurredOn" | "discoveredOn" | "disclosedOn"
>;

/**
 * What a proposed incident (a report's payload, a form's draft) says that could match a
 * published one: its source URLs, its organisation, its first known date and its point.
 * Values that are not there yet (a draft) are left out rather than guessed.
 * @example findPossibleDuplicates(db, duplicateQueryOf(report.payload, report.incidentId))
 */
export function duplicateQueryOf(incident: Proposed, excludeId: string | null = null): DuplicateQuery {
  const date = incident.occurredOn ?? incident.discoveredOn ?? incident.disclosedOn ?? null;
  const placed = Number.isFinite(incident.latitude) && Number.isFinite(incident.longitude);
  return {
    sourceUrls: incident.sources
      .map((source) => source.url)
      .filter((url) => /^https?:\/\//.test(url))
      .slice(0, MAX_DUPLICATE_URLS),
    organisationName: incident.organisationName.trim().slice(0, 200) || null,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    latitude: placed ? incident.latitude : null,
    longitude: placed ? incident.longitude : null,
    excludeId,
  };
}
