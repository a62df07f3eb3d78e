import { Hono } from "hono";
import { z } from "zod";
import { filteredQuery } from "../api/incident-filters";
import { single } from "../api/query-params";
import type { StatsResponse } from "../api/responses";
import { getDb } from "../db/client";
import { planCountIncidentsBy } from "../db/stats-queries";
import { statsDimensions } from "../domain/stats";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { parseOrThrow } from "../lib/validation";

const statsQuery = filteredQuery({
  by: single(z.enum(statsDimensions, { error: `Expected one of: ${statsDimensions.join(", ")}.` })),
});

export const statsRoutes = new Hono<{ Bindings: Env }>().get("/", async (c) => {
  const { by, ...filters } = parseOrThrow(statsQuery, c.req.queries());
  const db = getDb(c.env);
  return respondFromDatasetCache(
    c,
    db,
    planCountIncidentsBy(db, by, filters),
    (groups, { version }): StatsResponse => ({ version, by, groups }),
  );
});
