import { createRoute, z } from "@hono/zod-openapi";
import { jsonAnswer, notModified, problems } from "../api/openapi-responses";
import { list, single } from "../api/query-params";
import { duplicatesResponseSchema } from "../api/response-schemas";
import type { DuplicatesResponse } from "../api/responses";
import { planPossibleDuplicates } from "../db/find-duplicates";
import { MAX_DUPLICATE_URLS } from "../domain/duplicates/possible-duplicate";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

const coordinate = (limit: number) =>
  single(
    z
      .string()
      .regex(/^-?\d{1,3}(\.\d{1,8})?$/, "Expected decimal degrees, e.g. 43.71.")
      .transform(Number)
      .pipe(
        z
          .number()
          .min(-limit, `Between -${limit} and ${limit}.`)
          .max(limit, `Between -${limit} and ${limit}.`),
      ),
  );

const duplicatesQuery = z
  .object({
    url: list(
      z.url({ protocol: /^https?$/, error: "Expected an http(s) URL." }).max(2000),
      MAX_DUPLICATE_URLS,
      `At most ${MAX_DUPLICATE_URLS} URLs.`,
    ).optional(),
    organisation: single(z.string().trim().min(1, "Type at least one character.").max(200)).optional(),
    date: single(z.iso.date({ error: "Expected a date as YYYY-MM-DD." })).optional(),
    lat: coordinate(90).optional(),
    lon: coordinate(180).optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    const placed = [query.date, query.lat, query.lon].filter((v) => v !== undefined).length;
    if (placed > 0 && placed < 3) {
      for (const name of ["date", "lat", "lon"] as const) {
        if (query[name] === undefined)
          ctx.addIssue({ code: "custom", path: [name], message: "date, lat and lon go together." });
      }
    }
    if (!query.url?.length && !query.organisation && placed === 0) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "Give url, organisation, or date with lat and lon.",
      });
    }
  });

const duplicatesRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Published incidents that may be the one about to be reported",
  description:
    "`url` (repeatable, up to 10), `organisation`, and `date` (YYYY-MM-DD) with `lat` and `lon`; at least one of the three.",
  request: { query: duplicatesQuery },
  responses: {
    200: jsonAnswer("The most signals first, at most 20.", duplicatesResponseSchema),
    ...notModified,
    ...problems("invalid_parameters"),
  },
});

/**
 * `GET /api/duplicates`: published incidents that may be the one a contributor is about to
 * report. Public and cached like every read: the answer depends only on the query and the data.
 */
export const duplicateRoutes = createRouter().openapi(duplicatesRoute, function listDuplicates(c) {
  const query = c.req.valid("query");
  // Its candidate queries go in the version's batch: one round trip on a miss.
  const plan = planPossibleDuplicates(c.var.publicDb, {
    sourceUrls: query.url ?? [],
    organisationName: query.organisation ?? null,
    date: query.date ?? null,
    latitude: query.lat ?? null,
    longitude: query.lon ?? null,
  });
  return respondFromDatasetCache(c, plan, (items, { version }): DuplicatesResponse => ({ version, items }));
});
