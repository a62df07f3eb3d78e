/**
 * Each export format as three pure pieces of text: what opens the file, one record, what closes
 * it. The stream writes them page by page, so no format ever holds more than one record.
 */
import { type CsvDelimiter, csvLineOf, csvLines, toCell } from "./csv-cells";
import { incidentFields, sourceFields } from "./export-fields";
import type { ExportMetadata } from "./export-metadata";
import type { ExportRecord } from "./export-record";
import { toGeoJsonFeature } from "./geojson";
import { toVeris } from "./veris";

export type ExportFormat = {
  extension: string;
  contentType: string;
  /**
   * Whether its records need their sources. The incidents' CSV does not (they have their own
   * file), and reading them costs a subquery and a JSON text per row: its records have none.
   */
  withSources: boolean;
  /** Incidents per read from the store: see `heavyPage`. */
  pageSize: number;
  begin(metadata: ExportMetadata): string;
  /** `index` counts records from 0, for separators. */
  record(record: ExportRecord, index: number): string;
  end(): string;
};

/**
 * Incidents per read: about 1–2 MB of output a page. Each read costs a round trip and a query,
 * and an invocation may send 1,000 of them on the Paid plan (50 on the Free plan, whose 10 ms of
 * CPU could not stream a large export anyway): at these sizes, an export of 1,000,000 records or
 * more. A record with its sources weighs about 1.8 kB as GeoJSON (the bench's synthetic rows); a
 * CSV row, which leaves the sources to their own file, about 550 bytes.
 * - GeoJSON read 4,000 at a time held 88 MB live halfway through a 100k export, against 12 MB at
 *   1,000, and a Worker has 128 MB.
 * - CSV read 4,000 at a time left workerd's peak at 100k 1.22–1.25× the one at 10k, after the
 *   same warm-up; 2,000 at a time, 1.04×, at the same throughput (`npm run bench -- --only export`).
 */
const heavyPage = 1000;
const lightPage = 2000;

/** A JSON document `{ metadata, <member>: [ … ] }`, written one array element at a time. */
function jsonDocument(
  extension: string,
  contentType: string,
  opening: (metadata: ExportMetadata) => Record<string, unknown>,
  member: string,
  element: (record: ExportRecord) => unknown,
): ExportFormat {
  return {
    extension,
    contentType,
    withSources: true,
    pageSize: heavyPage,
    begin: (metadata) => `${JSON.stringify(opening(metadata)).slice(0, -1)},"${member}":[\n`,
    record: (record, index) => `${index === 0 ? "" : ",\n"}${JSON.stringify(element(record))}`,
    end: () => "\n]}\n",
  };
}

export function csvFormat(delimiter: CsvDelimiter): ExportFormat {
  return {
    extension: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    // Stryker disable next-line BooleanLiteral: equivalent, see stryker-equivalent.md
    withSources: false,
    pageSize: lightPage,
    // A byte order mark lets spreadsheets that expect `;` read UTF-8 as UTF-8.
    begin: () =>
      (delimiter === "semicolon" ? "\uFEFF" : "") + csvLines([incidentFields.map((f) => f.name)], delimiter),
    record: (record) =>
      csvLineOf(incidentFields, (field) => toCell(field.value(record), field.type), delimiter),
    end: () => "",
  };
}

export function sourcesCsvFormat(delimiter: CsvDelimiter): ExportFormat {
  return {
    extension: "sources.csv",
    contentType: "text/csv; charset=utf-8; header=present",
    withSources: true,
    pageSize: heavyPage,
    begin: () =>
      (delimiter === "semicolon" ? "\uFEFF" : "") + csvLines([sourceFields.map((f) => f.name)], delimiter),
    record: (record) =>
      csvLines(
        record.sources.map((source, position) => {
          const row = { ...source, incidentId: record.id, position };
          return sourceFields.map((field) => toCell(field.value(row), field.type));
        }),
        delimiter,
      ),
    end: () => "",
  };
}

export const jsonFormat = jsonDocument(
  "json",
  "application/json",
  (metadata) => ({ metadata }),
  "incidents",
  (record) => record,
);

export const ndjsonFormat: ExportFormat = {
  extension: "ndjson",
  contentType: "application/x-ndjson",
  withSources: true,
  pageSize: heavyPage,
  begin: () => "",
  record: (record) => `${JSON.stringify(record)}\n`,
  end: () => "",
};

export const geoJsonFormat = jsonDocument(
  "geojson",
  "application/geo+json",
  // RFC 7946 §6.1 allows foreign members such as `metadata` on the FeatureCollection.
  (metadata) => ({ type: "FeatureCollection", metadata }),
  "features",
  toGeoJsonFeature,
);

export const verisFormat = jsonDocument(
  "veris.json",
  "application/json",
  (metadata) => ({ metadata, schema: "VERIS 1.4" }),
  "incidents",
  toVeris,
);
