import { citationFor, datasetLicence } from "../dataset";

/** What every export says about itself: which dataset, which version, when, under what terms. */
export type ExportMetadata = {
  name: "HealthBreach Map";
  datasetVersion: number;
  datasetUpdatedAt: string;
  /** The instant the dataset was rebuilt at (`as_of`), or null for the current dataset. */
  asOf: string | null;
  exportedAt: string;
  licence: typeof datasetLicence;
  citation: string;
  describedBy: "/api/datapackage.json";
};

export function exportMetadata(
  dataset: { version: number; updatedAt: string },
  asOf: string | null,
  exportedAt: string,
): ExportMetadata {
  const citation = citationFor(dataset.version, dataset.updatedAt);
  return {
    name: "HealthBreach Map",
    datasetVersion: dataset.version,
    datasetUpdatedAt: dataset.updatedAt,
    asOf,
    exportedAt,
    licence: datasetLicence,
    citation: asOf ? `${citation} Rebuilt as of ${asOf}.` : citation,
    describedBy: "/api/datapackage.json",
  };
}
