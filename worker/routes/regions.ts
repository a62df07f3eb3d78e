import { createRoute, z } from "@hono/zod-openapi";
import { countryCode } from "../api/incident-filters";
import { jsonAnswer, notModified, problems } from "../api/openapi-responses";
import { countryRegionsResponseSchema, regionsResponseSchema } from "../api/response-schemas";
import type { CountryRegionsResponse, RegionsResponse } from "../api/responses";
import { combinePlans, noStatements } from "../db/read-plan";
import { planCountIncidentsBy } from "../db/stats-queries";
import { countryName } from "../domain/country-names";
import { subdivisionName, subdivisionsOf } from "../domain/regions-catalog";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { ApiError } from "../lib/problem";
import { createRouter } from "../lib/router";

const regionsRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Countries with incidents, and their subdivisions with incidents",
  responses: {
    200: jsonAnswer(
      "Countries and their subdivisions, with names (fr/en) and counts.",
      regionsResponseSchema,
    ),
    ...notModified,
  },
});

const countryRoute = createRoute({
  method: "get",
  path: "/{country}",
  summary: "Every subdivision (and French département) of a country, with counts, zero included",
  request: { params: z.object({ country: countryCode }) },
  responses: {
    200: jsonAnswer(
      "A country's subdivisions (and French départements), with counts.",
      countryRegionsResponseSchema,
    ),
    ...notModified,
    ...problems("invalid_parameters", "not_found"),
  },
});

/**
 * `GET /api/regions`: every country with incidents, with its subdivisions that have some.
 * `GET /api/regions/:country`: every subdivision of one country (and, for France, every
 * département), with counts, zero included: what a choropleth of that country needs.
 */
export const regionRoutes = createRouter()
  .openapi(regionsRoute, function listRegions(c) {
    const db = c.var.publicDb;
    const plan = combinePlans([
      planCountIncidentsBy(db, "country", {}),
      planCountIncidentsBy(db, "subdivision", {}),
    ] as const);
    return respondFromDatasetCache(c, plan, ([byCountry, bySubdivision], { version }): RegionsResponse => {
      return {
        version,
        countries: byCountry.map(({ key, count }) => ({
          code: key,
          name: countryName(key),
          count,
          subdivisions: bySubdivision
            .filter((s) => s.key.startsWith(`${key}-`))
            .map((s) => ({ code: s.key, name: sameInBoth(subdivisionName(s.key) ?? s.key), count: s.count })),
        })),
      };
    });
  })
  .openapi(countryRoute, function listSubdivisions(c) {
    const { country } = c.req.valid("param");
    const catalog = subdivisionsOf(country);
    if (!catalog) throw new ApiError("not_found", `No subdivisions are known for ${country}.`);
    const db = c.var.publicDb;
    const plan = combinePlans([
      planCountIncidentsBy(db, "subdivision", { country }),
      catalog.departements ? planCountIncidentsBy(db, "department", { country }) : noStatements,
    ] as const);
    return respondFromDatasetCache(
      c,
      plan,
      ([bySubdivision, byDepartment], { version }): CountryRegionsResponse => {
        const counts = new Map([...bySubdivision, ...(byDepartment ?? [])].map((g) => [g.key, g.count]));
        return {
          version,
          country: { code: country, name: countryName(country) },
          subdivisions: catalog.subdivisions.map((s) => ({
            code: s.code,
            name: sameInBoth(s.name),
            count: counts.get(s.code) ?? 0,
          })),
          ...(catalog.departements && {
            departements: catalog.departements.map((d) => ({
              code: `FR-${d.code}`,
              name: sameInBoth(d.name),
              region: d.region,
              count: counts.get(`FR-${d.code}`) ?? 0,
            })),
          }),
        };
      },
    );
  });

/** Subdivision names come from one source, in the local form used in both languages. */
function sameInBoth(name: string) {
  return { fr: name, en: name };
}
