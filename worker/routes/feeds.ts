/**
 * `GET /feeds/incidents.atom`: the incidents published or updated last, under the filters of
 * `GET /api/incidents`, as an Atom feed a reader can subscribe to.
 */
import { createRoute } from "@hono/zod-openapi";
import { filteredQuery } from "../api/incident-filters";
import { notModified, problems, textAnswer } from "../api/openapi-responses";
import { readDatasetVersion } from "../db/dataset-version";
import { readRecentlyUpdated } from "../db/export-queries";
import { citationFor, datasetLicence } from "../domain/dataset";
import { atomFeed } from "../domain/feed/atom";
import { matchesEtag } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

export const FEED_SIZE = 50;

const feedRoute = createRoute({
  method: "get",
  path: "/incidents.atom",
  summary: "The 50 incidents published or updated last, as Atom (RFC 4287)",
  description: "The shared filters, e.g. `?country=FR&subdivision=FR-BRE&type=ransomware`.",
  request: { query: filteredQuery({}) },
  responses: {
    200: textAnswer("An Atom feed; an entry's id is the incident's API address.", "application/atom+xml"),
    ...notModified,
    ...problems("invalid_parameters"),
  },
});

export const feedRoutes = createRouter().openapi(feedRoute, async function incidentFeed(c) {
  const filters = c.req.valid("query");
  const db = c.var.publicDb;
  const dataset = await readDatasetVersion(db);
  const etag = `W/"${dataset.version}"`;
  const headers = {
    etag,
    "cache-control": "public, max-age=0, must-revalidate",
    "x-dataset-version": String(dataset.version),
  };
  if (matchesEtag(c.req.header("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  const records = await readRecentlyUpdated(db, filters, FEED_SIZE);
  const url = new URL(c.req.url);
  const feed = atomFeed(records, {
    origin: url.origin,
    selfUrl: url.toString(),
    mapUrl: `${url.origin}/${url.search}`,
    licenceUrl: datasetLicence.url,
    citation: citationFor(dataset.version, dataset.updatedAt),
    updated: records[0]?.updatedAt ?? dataset.updatedAt,
  });
  return new Response(feed, {
    headers: { ...headers, "content-type": "application/atom+xml; charset=utf-8" },
  });
});
