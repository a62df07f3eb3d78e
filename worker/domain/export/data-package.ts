/**
 * The Frictionless Data Package (v1) describing the CSV exports, built from the same field
 * definitions as the CSV writer, so the descriptor cannot drift from the files it describes.
 */
import { coverageStatement, datasetSources } from "../coverage";
import { citationFor, datasetLicence } from "../dataset";
import { type ExportField, incidentFields, sourceFields } from "./export-fields";

function tableField(field: Pick<ExportField, "name" | "type" | "description" | "constraints">) {
  const { enum: values, ...constraints } = field.constraints ?? {};
  const allConstraints = { ...constraints, ...(values ? { enum: [...values] } : {}) };
  return {
    name: field.name,
    type: field.type,
    // Table Schema's default formats: dates as YYYY-MM-DD, datetimes as ISO 8601 in UTC.
    format: "default",
    description: field.description.en,
    "description:fr": field.description.fr,
    ...(Object.keys(allConstraints).length ? { constraints: allConstraints } : {}),
  };
}

const csvDialect = {
  delimiter: ",",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

export function buildDataPackage(origin: string, dataset: { version: number; updatedAt: string }) {
  return {
    profile: "tabular-data-package",
    name: "healthbreach-map",
    id: `${origin}/api/datapackage.json`,
    title: "HealthBreach Map",
    description:
      "Cyberattacks and data breaches in the health sector, one record per incident, with public sources.",
    coverage: coverageStatement.en,
    "coverage:fr": coverageStatement.fr,
    homepage: `${origin}/`,
    version: `${dataset.version}.0.0`,
    created: dataset.updatedAt,
    citation: citationFor(dataset.version, dataset.updatedAt),
    licenses: [{ name: datasetLicence.id, path: datasetLicence.url, title: datasetLicence.name }],
    sources: datasetSources.map((source) => ({ ...source })),
    contributors: [{ title: "HealthBreach Map contributors", role: "author" }],
    keywords: ["health", "cybersecurity", "data breach", "ransomware", "hospitals"],
    resources: [
      {
        profile: "tabular-data-resource",
        name: "incidents",
        path: `${origin}/api/export.csv`,
        title: "Incidents",
        description:
          "One row per published incident. Lists hold `;`-separated keys of the enumeration given.",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: csvDialect,
        schema: { fields: incidentFields.map(tableField), primaryKey: "id", missingValues: [""] },
      },
      {
        profile: "tabular-data-resource",
        name: "sources",
        path: `${origin}/api/export.sources.csv`,
        title: "Sources",
        description: "The public sources of each incident, in order.",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: csvDialect,
        schema: {
          fields: sourceFields.map(tableField),
          primaryKey: ["incidentId", "position"],
          foreignKeys: [{ fields: "incidentId", reference: { resource: "incidents", fields: "id" } }],
          missingValues: [""],
        },
      },
    ],
  };
}

export type DataPackage = ReturnType<typeof buildDataPackage>;
