/**
 * `GET /api/export.{csv,json,ndjson,geojson,veris.json}` and `/api/export.sources.csv`: the
 * published incidents under the filters of `GET /api/incidents`, streamed page by page.
 */
import { type Context, Hono } from "hono";
import { z } from "zod";
import { asOfParam, refuseSearchInThePast } from "../api/as-of";
import { filteredQuery } from "../api/incident-filters";
import { single } from "../api/query-params";
import { getDb } from "../db/client";
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
import { parseOrThrow } from "../lib/validation";

/** Rows per D1 read: one round trip each, a few hundred kilobytes at most. */
export const EXPORT_PAGE_SIZE = 500;

const exportQuery = filteredQuery({ as_of: asOfParam }).superRefine(refuseSearchInThePast);
const csvExportQuery = filteredQuery({
  as_of: asOfParam,
  delimiter: single(z.enum(["comma", "semicolon"], { error: "Expected comma or semicolon." })).optional(),
}).superRefine(refuseSearchInThePast);

type AppContext = Context<{ Bindings: Env }>;

async function streamExport(
  c: AppContext,
  stem: string,
  filters: z.output<typeof exportQuery>,
  format: ExportFormat,
): Promise<Response> {
  const { as_of: asOf = null, ...incidentFilters } = filters;
  const db = getDb(c.env);
  const metadata = exportMetadata(await readDatasetVersion(db), asOf, new Date().toISOString());
  const body = streamPages(
    {
      pageSize: EXPORT_PAGE_SIZE,
      readPage: (after, limit) => readExportPage(db, incidentFilters, { after, limit, asOf }),
      positionOf: (record) => ({ date: record.date, id: record.id }),
    },
    { begin: () => format.begin(metadata), item: format.record, end: format.end },
  );
  return new Response(body, { headers: exportHeaders(metadata, { stem, ...format }) });
}

export const exportRoutes = new Hono<{ Bindings: Env }>()
  .get("/export.csv", function exportCsv(c) {
    const { delimiter = "comma", ...filters } = parseOrThrow(csvExportQuery, c.req.queries());
    return streamExport(c, "healthbreach-incidents", filters, csvFormat(delimiter));
  })
  .get("/export.sources.csv", function exportSourcesCsv(c) {
    const { delimiter = "comma", ...filters } = parseOrThrow(csvExportQuery, c.req.queries());
    return streamExport(c, "healthbreach-sources", filters, sourcesCsvFormat(delimiter));
  })
  .get("/export.json", function exportJson(c) {
    return streamExport(c, "healthbreach-incidents", parseOrThrow(exportQuery, c.req.queries()), jsonFormat);
  })
  .get("/export.ndjson", function exportNdjson(c) {
    return streamExport(
      c,
      "healthbreach-incidents",
      parseOrThrow(exportQuery, c.req.queries()),
      ndjsonFormat,
    );
  })
  .get("/export.geojson", function exportGeoJson(c) {
    return streamExport(
      c,
      "healthbreach-incidents",
      parseOrThrow(exportQuery, c.req.queries()),
      geoJsonFormat,
    );
  })
  .get("/export.veris.json", function exportVeris(c) {
    return streamExport(c, "healthbreach-incidents", parseOrThrow(exportQuery, c.req.queries()), verisFormat);
  });
