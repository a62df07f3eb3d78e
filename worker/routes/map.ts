import { createRoute, z } from "@hono/zod-openapi";
import { filteredQuery } from "../api/incident-filters";
import { jsonAnswer, notModified, problems } from "../api/openapi-responses";
import { single } from "../api/query-params";
import { mapResponseSchema } from "../api/response-schemas";
import type { MapResponse } from "../api/responses";
import { planMapData } from "../db/map-queries";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

const mapQuery = filteredQuery({
  zoom: single(
    z
      .string()
      .regex(/^\d{1,2}$/, "Expected a zoom level from 0 to 22.")
      .transform(Number)
      .pipe(z.number().max(22, "Expected a zoom level from 0 to 22.")),
  ).optional(),
});

const mapRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The slim map form of the incidents under the filters",
  description:
    'The shared filters and `zoom` (0–22). Up to 5,000 matches: `{mode: "points", points}`; more: `{mode: "cells", cellSize, cells}` on a grid.',
  request: { query: mapQuery },
  responses: {
    200: jsonAnswer("Points or grid cells.", mapResponseSchema),
    ...notModified,
    ...problems("invalid_parameters"),
  },
});

export const mapRoutes = createRouter().openapi(mapRoute, function showMap(c) {
  const { zoom = 2, ...filters } = c.req.valid("query");
  return respondFromDatasetCache(
    c,
    planMapData(c.var.publicDb, filters, zoom),
    (map, { version }): MapResponse => ({ version, ...map }),
  );
});
