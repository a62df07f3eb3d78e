import { Hono } from "hono";
import { z } from "zod";
import { single } from "../api/query-params";
import type { DuplicatesResponse } from "../api/responses";
import { getDb } from "../db/client";
import { findPossibleDuplicates } from "../db/find-duplicates";
import { noStatements } from "../db/read-plan";
import { MAX_DUPLICATE_URLS } from "../domain/duplicates/possible-duplicate";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { parseOrThrow } from "../lib/validation";

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
    url: z
      .array(z.url({ protocol: /^https?$/, error: "Expected an http(s) URL." }).max(2000))
      .max(MAX_DUPLICATE_URLS, `At most ${MAX_DUPLICATE_URLS} URLs.`)
      .optional(),
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

/**
 * `GET /api/duplicates`: published incidents that may be the one a contributor is about to
 * report. Public and cached like every read: the answer depends only on the query and the data.
 */
export const duplicateRoutes = new Hono<{ Bindings: Env }>().get("/", async function listDuplicates(c) {
  const query = parseOrThrow(duplicatesQuery, c.req.queries());
  const db = getDb(c.env);
  // Its candidate queries go in a batch of their own, after the version's round trip if the
  // isolate does not hold it: not on the map's or the list's path.
  return respondFromDatasetCache(
    c,
    db,
    noStatements,
    async (_, { version }): Promise<DuplicatesResponse> => ({
      version,
      items: await findPossibleDuplicates(db, {
        sourceUrls: query.url ?? [],
        organisationName: query.organisation ?? null,
        date: query.date ?? null,
        latitude: query.lat ?? null,
        longitude: query.lon ?? null,
      }),
    }),
  );
});
