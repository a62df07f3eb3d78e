import { Hono } from "hono";
import { z } from "zod";
import { asOfParam, refuseSearchInThePast } from "../api/as-of";
import { filteredQuery } from "../api/incident-filters";
import { single } from "../api/query-params";
import type { IncidentPage } from "../api/responses";
import { planListIncidentsAsOf } from "../db/as-of-queries";
import { getDb } from "../db/client";
import { planIncident, planListIncidents } from "../db/incident-queries";
import { decodeCursor, encodeCursor } from "../domain/cursor";
import { incidentIdPattern } from "../domain/incident-id";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { ApiError } from "../lib/problem";
import { parseOrThrow } from "../lib/validation";

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

export const incidentRoutes = new Hono<{ Bindings: Env }>()
  .get("/", async (c) => {
    const { limit = 50, cursor, as_of: asOf, ...filters } = parseOrThrow(listQuery, c.req.queries());
    const db = getDb(c.env);
    const position = { limit, after: cursor ?? null };
    const plan = asOf
      ? planListIncidentsAsOf(db, filters, position, asOf)
      : planListIncidents(db, filters, position);
    return respondFromDatasetCache(c, db, plan, (page, { version }): IncidentPage => {
      const last = page.items.at(-1);
      return {
        version,
        items: page.items,
        nextCursor: page.hasMore && last ? encodeCursor({ date: last.date, id: last.id }) : null,
      };
    });
  })
  .get("/:id", async (c) => {
    const id = c.req.param("id");
    if (!incidentIdPattern.test(id)) {
      throw new ApiError("invalid_parameters", "This is not an incident id.", [
        { pointer: "/id", detail: "Expected lowercase letters, digits and dashes, at most 64 characters." },
      ]);
    }
    const db = getDb(c.env);
    return respondFromDatasetCache(c, db, planIncident(db, id), (incident) => {
      if (!incident) throw new ApiError("not_found", `No incident has the id ${id}.`);
      return incident;
    });
  });
