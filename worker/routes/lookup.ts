/**
 * `GET /api/lookup?url=…` or `?ref=hhs:…`: is this incident already listed, and where? Public,
 * for the report form's duplicate check and for other tools.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { jsonAnswer, notModified, problems } from "../api/openapi-responses";
import { single } from "../api/query-params";
import { lookupResponseSchema } from "../api/response-schemas";
import type { LookupResponse } from "../api/responses";
import { planLookup } from "../db/lookup-queries";
import { registries } from "../domain/enums";
import { parseRegistryRef, type RegistryRef, urlVariants } from "../domain/registry-ref";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

const lookupQuery = z
  .object({
    url: single(
      z
        .string()
        .max(2000, "At most 2000 characters.")
        .refine((value) => urlVariants(value).length > 0, "Expected an http(s) URL."),
    ).optional(),
    ref: single(
      z.string().transform((value, ctx): RegistryRef => {
        const ref = parseRegistryRef(value);
        if (!ref) {
          ctx.addIssue({
            code: "custom",
            message: `Expected registry:identifier, the registry one of ${registries.keys.join(", ")}.`,
          });
        }
        return ref ?? z.NEVER;
      }),
    ).optional(),
  })
  .strict()
  .refine((query) => query.url !== undefined || query.ref !== undefined, {
    path: ["url"],
    message: "Give a url or a ref.",
  });

const lookupRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Is this incident already listed, and where?",
  description: "`url` (a source page) or `ref` (`hhs:…`, `vcdb:…`, `eurepoc:…`, `cit_health:…`).",
  request: { query: lookupQuery },
  responses: {
    200: jsonAnswer("The incidents listed, each with its `api` and `page` addresses.", lookupResponseSchema),
    ...notModified,
    ...problems("invalid_parameters"),
  },
});

export const lookupRoutes = createRouter().openapi(lookupRoute, function lookUp(c) {
  const { url, ref } = c.req.valid("query");
  // One statement, in the version's batch: one round trip on a miss.
  const plan = planLookup(c.var.publicDb, { urls: url ? urlVariants(url) : [], ref: ref ?? null });
  return respondFromDatasetCache(
    c,
    plan,
    (matches, { version }): LookupResponse => ({
      version,
      matches: matches.map((match) => ({
        ...match,
        api: `/api/incidents/${match.id}`,
        page: `/?incident=${match.id}`,
      })),
    }),
  );
});
