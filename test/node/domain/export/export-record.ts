import type { ExportRecord } from "../../../../worker/domain/export/export-record";
import { plainIncidentFacts } from "../../../support/plain-incident-facts";

/** One exported incident, every field set: a French hospital's ransomware attack, in English. */
export function exportRecord(overrides: Partial<ExportRecord> = {}): ExportRecord {
  return {
    id: "fr-2021-ch-dax-abcdef",
    status: "published",
    retractionReason: null,
    duplicateOf: null,
    verification: "confirmed",
    title: "Ransomware at CH de Dax",
    summary: "Systems encrypted.",
    titleFr: null,
    summaryFr: null,
    originalLanguage: "en",
    organisationName: "CH de Dax",
    organisationType: "public_hospital",
    thirdPartyName: null,
    country: "FR",
    subdivision: "FR-NAQ",
    department: "40",
    city: "Dax",
    inseeCode: null,
    latitude: 43.71,
    longitude: -1.05,
    locationPrecision: "city",
    occurredOn: "2021-02-08",
    occurredPrecision: "day",
    ...plainIncidentFacts(),
    date: "2021-02-08",
    datePrecision: "day",
    primaryType: "ransomware",
    revision: 1,
    createdAt: "2021-02-10T09:00:00.000Z",
    updatedAt: "2021-02-11T10:00:00.000Z",
    publishedAt: "2021-02-10T09:00:00.000Z",
    sources: [
      {
        url: "https://a.example/dax",
        title: "Dax hospital hit",
        publisher: null,
        publishedOn: null,
        accessedOn: null,
        kind: "press",
      },
    ],
    registryRefs: [],
    ...overrides,
  };
}
