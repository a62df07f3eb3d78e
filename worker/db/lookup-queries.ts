import { inArray, sql } from "drizzle-orm";
import type { LookupMatch } from "../domain/lookup-match";
import type { RegistryRef } from "../domain/registry-ref";
import type { Db } from "./client";
import { planRead, type ReadPlan } from "./read-plan";
import { incidentRegistryRefs, incidentSources, incidents } from "./schema";

/**
 * The incidents, whatever their status, that cite one of `urls` as a source or that a
 * registry record names: "is this already listed, and where?" One statement, as a plan that a
 * public read sends with the version.
 */
export function planLookup(
  db: Db,
  query: { urls: readonly string[]; ref: RegistryRef | null },
): ReadPlan<LookupMatch[]> {
  const citing = query.urls.length
    ? sql`select ${incidentSources.incidentId} from ${incidentSources}
        where ${inArray(incidentSources.url, [...query.urls])}`
    : sql`select null where 0`;
  const named = query.ref
    ? sql`select ${incidentRegistryRefs.incidentId} from ${incidentRegistryRefs}
        where ${incidentRegistryRefs.registry} = ${query.ref.registry} and ${incidentRegistryRefs.ref} = ${query.ref.ref}`
    : sql`select null where 0`;
  const statement = db
    .select({
      id: incidents.id,
      title: incidents.title,
      titleFr: incidents.titleFr,
      organisationName: incidents.organisationName,
      date: incidents.date,
      country: incidents.country,
      status: incidents.status,
      duplicateOf: incidents.duplicateOf,
      // Each signal's own subquery, restricted to this incident's rows by the index on its id.
      bySource: sql<number>`${incidents.id} in (${citing})`,
      byRef: sql<number>`${incidents.id} in (${named})`,
    })
    .from(incidents)
    .where(sql`${incidents.id} in (${citing} union ${named})`);
  return planRead([statement] as const, ([rows]) =>
    rows
      .map(
        ({ bySource, byRef, ...row }): LookupMatch => ({
          ...row,
          matchedBy: [
            ...(bySource ? (["source_url"] as const) : []),
            ...(byRef ? (["registry_ref"] as const) : []),
          ],
        }),
      )
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
  );
}
