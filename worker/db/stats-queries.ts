import { count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import type { StatsDimension, StatsGroup } from "../domain/stats";
import type { Db } from "./client";
import { buildIncidentWhere } from "./incident-where";
import { planRead, type ReadPlan } from "./read-plan";
import { incidentAttackTypes, incidents } from "./schema";

const keyOf: Record<Exclude<StatsDimension, "type">, SQL<string | null>> = {
  country: sql`${incidents.country}`,
  subdivision: sql`${incidents.subdivision}`,
  department: sql`case when ${incidents.department} is null then null else ${incidents.country} || '-' || ${incidents.department} end`,
  orgType: sql`${incidents.organisationType}`,
  verification: sql`${incidents.verification}`,
  month: sql`substr(${incidents.date}, 1, 7)`,
  year: sql`substr(${incidents.date}, 1, 4)`,
};

/**
 * Incident counts grouped by one dimension, under the same filters as the map and the list.
 * An incident with several attack types counts once under each. Incidents without a value for
 * the dimension (a point at sea has no country) are left out.
 */
export function planCountIncidentsBy(
  db: Db,
  dimension: StatsDimension,
  filters: Partial<IncidentFilters>,
): ReadPlan<StatsGroup[]> {
  const where = buildIncidentWhere(filters);
  const chronological = dimension === "month" || dimension === "year";
  const query =
    dimension === "type"
      ? db
          .select({ key: sql<string | null>`${incidentAttackTypes.attackType}`, count: count() })
          .from(incidentAttackTypes)
          .innerJoin(incidents, eq(incidents.id, incidentAttackTypes.incidentId))
          .where(where)
          .groupBy(incidentAttackTypes.attackType)
          .orderBy(desc(count()))
      : db
          .select({ key: keyOf[dimension], count: count() })
          .from(incidents)
          .where(where)
          .groupBy(keyOf[dimension])
          .orderBy(chronological ? keyOf[dimension] : desc(count()));
  return planRead([query] as const, ([rows]) => rows.filter((row): row is StatsGroup => row.key !== null));
}
