import { createRoute, z } from "@hono/zod-openapi";
import { asOfParam, refuseSearchInThePast } from "../api/as-of";
import { filteredQuery } from "../api/incident-filters";
import { jsonAnswer, notModified, problems } from "../api/openapi-responses";
import { incidentIdParams } from "../api/path-params";
import { single } from "../api/query-params";
import { incidentPageSchema, publicIncidentSchema } from "../api/response-schemas";
import type { IncidentPage } from "../api/responses";
import { planListIncidentsAsOf } from "../db/as-of-queries";
import { planIncident, planListIncidents } from "../db/incident-queries";
import { decodeCursor, encodeCursor } from "../domain/cursor";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { ApiError } from "../lib/problem";
import { createRouter } from "../lib/router";

export const MAX_PAGE_SIZE = 200;

const listQuery = filteredQuery({
  limit: single(
    z
      .string()
      .regex(/^\d+$/, "Expected a whole number.")
      .transform(Number)
      .pipe(z.number().min(1, "At least 1.").max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE}.`)),
  ).optional(),
  cursor: single(
    z.string().transform((value, ctx) => {
      const position = decodeCursor(value);
      if (!position) ctx.addIssue({ code: "custom", message: "Use the nextCursor of a previous page." });
      return position ?? z.NEVER;
    }),
  ).optional(),
  as_of: asOfParam,
}).superRefine(refuseSearchInThePast);

const listRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Published incidents, newest first",
  description:
    "The shared filters, `limit` (1–200, default 50), `cursor` (the previous page's `nextCursor`) and `as_of`.",
  request: { query: listQuery },
  responses: {
    200: jsonAnswer("A page of incidents, newest first.", incidentPageSchema),
    ...notModified,
    ...problems("invalid_parameters"),
  },
});

const detailRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One incident with its sources, revisions and key-figure history",
  request: { params: incidentIdParams },
  responses: {
    200: jsonAnswer("The full public record.", publicIncidentSchema),
    ...notModified,
    ...problems("invalid_parameters", "not_found"),
  },
});

export const incidentRoutes = createRouter()
  .openapi(listRoute, function listPublishedIncidents(c) {
    const { limit = 50, cursor, as_of: asOf, ...filters } = c.req.valid("query");
    const db = c.var.publicDb;
    const position = { limit, after: cursor ?? null };
    const plan = asOf
      ? planListIncidentsAsOf(db, filters, position, asOf)
      : planListIncidents(db, filters, position);
    return respondFromDatasetCache(c, plan, (page, { version }): IncidentPage => {
      const last = page.items.at(-1);
      return {
        version,
        items: page.items,
        nextCursor: page.hasMore && last ? encodeCursor({ date: last.date, id: last.id }) : null,
      };
    });
  })
  .openapi(detailRoute, function showIncident(c) {
    const { id } = c.req.valid("param");
    return respondFromDatasetCache(c, planIncident(c.var.publicDb, id), (incident) => {
      if (!incident) throw new ApiError("not_found", `No incident has the id ${id}.`);
      return incident;
    });
  });
