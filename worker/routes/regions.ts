import { Hono } from "hono";
import type { CountryRegionsResponse, RegionsResponse } from "../api/responses";
import { getDb } from "../db/client";
import { combinePlans, noStatements } from "../db/read-plan";
import { planCountIncidentsBy } from "../db/stats-queries";
import { countryName } from "../domain/country-names";
import { subdivisionName, subdivisionsOf } from "../domain/regions-catalog";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { ApiError } from "../lib/problem";

/**
 * `GET /api/regions`: every country with incidents, with its subdivisions that have some.
 * `GET /api/regions/:country`: every subdivision of one country (and, for France, every
 * département), with counts, zero included: what a choropleth of that country needs.
 */
export const regionRoutes = new Hono<{ Bindings: Env }>()
  .get("/", (c) => {
    const db = getDb(c.env);
    const plan = combinePlans([
      planCountIncidentsBy(db, "country", {}),
      planCountIncidentsBy(db, "subdivision", {}),
    ] as const);
    return respondFromDatasetCache(
      c,
      db,
      plan,
      ([byCountry, bySubdivision], { version }): RegionsResponse => {
        return {
          version,
          countries: byCountry.map(({ key, count }) => ({
            code: key,
            name: countryName(key),
            count,
            subdivisions: bySubdivision
              .filter((s) => s.key.startsWith(`${key}-`))
              .map((s) => ({
                code: s.key,
                name: sameInBoth(subdivisionName(s.key) ?? s.key),
                count: s.count,
              })),
          })),
        };
      },
    );
  })
  .get("/:country", (c) => {
    const country = c.req.param("country").toUpperCase();
    const catalog = /^[A-Z]{2}$/.test(country) ? subdivisionsOf(country) : null;
    if (!catalog) throw new ApiError("not_found", `No subdivisions are known for ${country}.`);
    const db = getDb(c.env);
    const plan = combinePlans([
      planCountIncidentsBy(db, "subdivision", { country }),
      catalog.departements ? planCountIncidentsBy(db, "department", { country }) : noStatements,
    ] as const);
    return respondFromDatasetCache(
      c,
      db,
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
