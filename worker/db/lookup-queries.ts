import { eq, inArray, or, sql } from "drizzle-orm";
import type { RegistryRef } from "../domain/registry-ref";
import type { Db } from "./client";
import { incidentRegistryRefs, incidentSources, incidents } from "./schema";

export type LookupMatch = {
  id: string;
  /** English, or null when only the French (`titleFr`) is written. */
  title: string | null;
  titleFr: string | null;
  organisationName: string;
  date: string;
  country: string | null;
  status: string;
  duplicateOf: string | null;
  matchedBy: ("source_url" | "registry_ref")[];
};

/**
 * The incidents, whatever their status, that cite one of `urls` as a source or that a
 * registry record names: "is this already listed, and where?"
 */
export async function lookUpIncidents(
  db: Db,
  query: { urls: readonly string[]; ref: RegistryRef | null },
): Promise<LookupMatch[]> {
  const bySource = query.urls.length
    ? sql`select incident_id, 'source_url' as matched_by from ${incidentSources}
        where ${inArray(incidentSources.url, [...query.urls])}`
    : sql`select null as incident_id, null as matched_by where 0`;
  const byRef = query.ref
    ? sql`select incident_id, 'registry_ref' from ${incidentRegistryRefs}
        where ${incidentRegistryRefs.registry} = ${query.ref.registry} and ${incidentRegistryRefs.ref} = ${query.ref.ref}`
    : sql`select null as incident_id, null as matched_by where 0`;
  const hits = await db.all<{ incident_id: string; matched_by: LookupMatch["matchedBy"][number] }>(
    sql`${bySource} union ${byRef}`,
  );
  const ids = [...new Set(hits.map((hit) => hit.incident_id))];
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: incidents.id,
      title: incidents.title,
      titleFr: incidents.titleFr,
      organisationName: incidents.organisationName,
      date: incidents.date,
      country: incidents.country,
      status: incidents.status,
      duplicateOf: incidents.duplicateOf,
    })
    .from(incidents)
    .where(or(...ids.map((id) => eq(incidents.id, id))));
  return rows
    .map((row) => ({
      ...row,
      matchedBy: [...new Set(hits.filter((hit) => hit.incident_id === row.id).map((hit) => hit.matched_by))],
    }))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : b.date.localeCompare(a.date)));
}
