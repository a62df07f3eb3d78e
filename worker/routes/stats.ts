import { createRoute, z } from "@hono/zod-openapi";
import { filteredQuery } from "../api/incident-filters";
import { jsonAnswer, notModified, problems } from "../api/openapi-responses";
import { single } from "../api/query-params";
import { statsResponseSchema } from "../api/response-schemas";
import type { StatsResponse } from "../api/responses";
import { planCountIncidentsBy } from "../db/stats-queries";
import { statsDimensions } from "../domain/stats";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

const statsQuery = filteredQuery({
  by: single(z.enum(statsDimensions, { error: `Expected one of: ${statsDimensions.join(", ")}.` })),
});

const statsRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Counts of the incidents under the filters, by one dimension",
  request: { query: statsQuery },
  responses: {
    200: jsonAnswer("Counts of incidents by one dimension.", statsResponseSchema),
    ...notModified,
    ...problems("invalid_parameters"),
  },
});

export const statsRoutes = createRouter().openapi(statsRoute, function countIncidents(c) {
  const { by, ...filters } = c.req.valid("query");
  return respondFromDatasetCache(
    c,
    planCountIncidentsBy(c.var.publicDb, by, filters),
    (groups, { version }): StatsResponse => ({ version, by, groups }),
  );
});
