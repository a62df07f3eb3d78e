import { Hono } from "hono";
import { z } from "zod";
import { filteredQuery } from "../api/incident-filters";
import { single } from "../api/query-params";
import type { MapResponse } from "../api/responses";
import { getDb } from "../db/client";
import { planMapData } from "../db/map-queries";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { parseOrThrow } from "../lib/validation";

const mapQuery = filteredQuery({
  zoom: single(
    z
      .string()
      .regex(/^\d{1,2}$/, "Expected a zoom level from 0 to 22.")
      .transform(Number)
      .pipe(z.number().max(22, "Expected a zoom level from 0 to 22.")),
  ).optional(),
});

export const mapRoutes = new Hono<{ Bindings: Env }>().get("/", async (c) => {
  const { zoom = 2, ...filters } = parseOrThrow(mapQuery, c.req.queries());
  const db = getDb(c.env);
  return respondFromDatasetCache(
    c,
    db,
    planMapData(db, filters, zoom),
    (map, { version }): MapResponse => ({ version, ...map }),
  );
});
