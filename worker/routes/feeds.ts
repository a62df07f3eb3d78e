/**
 * `GET /feeds/incidents.atom`: the incidents published or updated last, under the filters of
 * `GET /api/incidents`, as an Atom feed a reader can subscribe to.
 */
import { Hono } from "hono";
import { filteredQuery } from "../api/incident-filters";
import { getDb } from "../db/client";
import { readDatasetVersion } from "../db/dataset-version";
import { readRecentlyUpdated } from "../db/export-queries";
import { citationFor, datasetLicence } from "../domain/dataset";
import { atomFeed } from "../domain/feed/atom";
import { matchesEtag } from "../lib/dataset-cache";
import { parseOrThrow } from "../lib/validation";

export const FEED_SIZE = 50;

const feedQuery = filteredQuery({});

export const feedRoutes = new Hono<{ Bindings: Env }>().get(
  "/incidents.atom",
  async function incidentFeed(c) {
    const filters = parseOrThrow(feedQuery, c.req.queries());
    const db = getDb(c.env);
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
  },
);
