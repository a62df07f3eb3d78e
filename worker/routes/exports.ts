/**
 * `GET /api/export.{csv,json,ndjson,geojson,veris.json}` and `/api/export.sources.csv`: the
 * published incidents under the filters of `GET /api/incidents`, streamed page by page.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { asOfParam, refuseSearchInThePast } from "../api/as-of";
import { filteredQuery } from "../api/incident-filters";
import { problems, textAnswer } from "../api/openapi-responses";
import { single } from "../api/query-params";
import { readDatasetVersion } from "../db/dataset-version";
import { readExportPage } from "../db/export-queries";
import {
  csvFormat,
  type ExportFormat,
  geoJsonFormat,
  jsonFormat,
  ndjsonFormat,
  sourcesCsvFormat,
  verisFormat,
} from "../domain/export/export-formats";
import { exportMetadata } from "../domain/export/export-metadata";
import { exportHeaders } from "../lib/export-response";
import { streamPages } from "../lib/page-stream";
import { type AppEnv, createRouter } from "../lib/router";

/**
 * Rows of the first D1 read. It is small, so that the first bytes leave at once; the reads then
 * double up to the format's page size.
 */
export const EXPORT_FIRST_PAGE_SIZE = 100;

const exportQuery = filteredQuery({ as_of: asOfParam }).superRefine(refuseSearchInThePast);
const csvExportQuery = filteredQuery({
  as_of: asOfParam,
  delimiter: single(z.enum(["comma", "semicolon"], { error: "Expected comma or semicolon." })).optional(),
}).superRefine(refuseSearchInThePast);

const exportDescription =
  "Every published incident under the shared filters and `as_of`, streamed page by page, with the dataset version, export time, licence and citation in headers.";

function exportRoute<Q extends typeof exportQuery | typeof csvExportQuery>(
  path: string,
  summary: string,
  mediaType: string,
  query: Q,
) {
  return createRoute({
    method: "get",
    path,
    summary,
    description: exportDescription,
    request: { query },
    responses: { 200: textAnswer("The export, streamed.", mediaType), ...problems("invalid_parameters") },
  });
}

const csvRoute = exportRoute("/export.csv", "Incidents as CSV (RFC 4180)", "text/csv", csvExportQuery);
const sourcesCsvRoute = exportRoute(
  "/export.sources.csv",
  "Their sources as CSV, keyed by incidentId",
  "text/csv",
  csvExportQuery,
);
const jsonRoute = exportRoute(
  "/export.json",
  "Incidents as JSON `{metadata, incidents}`",
  "application/json",
  exportQuery,
);
const ndjsonRoute = exportRoute("/export.ndjson", "Incidents as NDJSON", "application/x-ndjson", exportQuery);
const geoJsonRoute = exportRoute(
  "/export.geojson",
  "Incidents as an RFC 7946 FeatureCollection",
  "application/geo+json",
  exportQuery,
);
const verisRoute = exportRoute(
  "/export.veris.json",
  "Incidents on VERIS 1.4 paths",
  "application/json",
  exportQuery,
);

type AppContext = Context<AppEnv>;

async function streamExport(
  c: AppContext,
  stem: string,
  filters: z.output<typeof exportQuery>,
  format: ExportFormat,
): Promise<Response> {
  const { as_of: asOf = null, ...incidentFilters } = filters;
  const db = c.var.publicDb;
  const metadata = exportMetadata(await readDatasetVersion(db), asOf, new Date().toISOString());
  const body = streamPages(
    {
      pageSize: format.pageSize,
      firstPageSize: EXPORT_FIRST_PAGE_SIZE,
      readPage: (after, limit) =>
        readExportPage(db, incidentFilters, { after, limit, asOf, withSources: format.withSources }),
      positionOf: (record) => ({ date: record.date, id: record.id }),
    },
    { begin: () => format.begin(metadata), item: format.record, end: format.end },
  );
  return new Response(body, { headers: exportHeaders(metadata, { stem, ...format }) });
}

export const exportRoutes = createRouter()
  .openapi(csvRoute, function exportCsv(c) {
    const { delimiter = "comma", ...filters } = c.req.valid("query");
    return streamExport(c, "healthbreach-incidents", filters, csvFormat(delimiter));
  })
  .openapi(sourcesCsvRoute, function exportSourcesCsv(c) {
    const { delimiter = "comma", ...filters } = c.req.valid("query");
    return streamExport(c, "healthbreach-sources", filters, sourcesCsvFormat(delimiter));
  })
  .openapi(jsonRoute, function exportJson(c) {
    return streamExport(c, "healthbreach-incidents", c.req.valid("query"), jsonFormat);
  })
  .openapi(ndjsonRoute, function exportNdjson(c) {
    return streamExport(c, "healthbreach-incidents", c.req.valid("query"), ndjsonFormat);
  })
  .openapi(geoJsonRoute, function exportGeoJson(c) {
    return streamExport(c, "healthbreach-incidents", c.req.valid("query"), geoJsonFormat);
  })
  .openapi(verisRoute, function exportVeris(c) {
    return streamExport(c, "healthbreach-incidents", c.req.valid("query"), verisFormat);
  });
