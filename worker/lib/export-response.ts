import type { ExportMetadata } from "../domain/export/export-metadata";

/**
 * The headers of an export: its media type, a dated file name, and the metadata that the file
 * itself may not be able to carry (CSV, NDJSON): version, time, licence, citation, schema.
 */
export function exportHeaders(
  metadata: ExportMetadata,
  file: { stem: string; extension: string; contentType: string },
): Record<string, string> {
  const date = metadata.exportedAt.slice(0, 10);
  const asOf = metadata.asOf ? `-as-of-${metadata.asOf.slice(0, 10)}` : "";
  return {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.stem}-${date}${asOf}.${file.extension}"`,
    "cache-control": "no-store",
    "x-dataset-version": String(metadata.datasetVersion),
    "x-dataset-updated-at": metadata.datasetUpdatedAt,
    ...(metadata.asOf ? { "x-dataset-as-of": metadata.asOf } : {}),
    "x-export-time": metadata.exportedAt,
    "x-dataset-licence": metadata.licence.id,
    "x-dataset-citation": metadata.citation,
    link: `<${metadata.licence.url}>; rel="license", <${metadata.describedBy}>; rel="describedby"`,
  };
}
