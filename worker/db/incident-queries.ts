import { and, asc, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import type { CursorPosition } from "../domain/cursor";
import {
  type IncidentSummary,
  type PublicIncident,
  summaryColumns,
  toPublicIncident,
} from "../domain/public-incident";
import type { Db } from "./client";
import { buildIncidentWhere } from "./incident-where";
import { incidentRevisions, incidentSources, incidents } from "./schema";

const summarySelection = Object.fromEntries(summaryColumns.map((column) => [column, incidents[column]])) as {
  [K in (typeof summaryColumns)[number]]: (typeof incidents)[K];
};

/**
 * One page of published incidents, newest first, after `cursor`. Reads `limit + 1` rows to
 * know whether another page exists without a count query.
 */
export async function listIncidents(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: { limit: number; after: CursorPosition | null },
): Promise<{ items: IncidentSummary[]; hasMore: boolean }> {
  const where: SQL[] = [buildIncidentWhere(filters)];
  if (page.after) {
    const { date, id } = page.after;
    where.push(or(lt(incidents.date, date), and(eq(incidents.date, date), lt(incidents.id, id))) as SQL);
  }
  const rows = await db
    .select(summarySelection)
    .from(incidents)
    .where(and(...where))
    .orderBy(desc(incidents.date), desc(incidents.id))
    .limit(page.limit + 1);
  return { items: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** The full public record, published or retracted, with its sources and revision history. */
export async function getIncident(db: Db, id: string): Promise<PublicIncident | null> {
  const [row, sources, revisions] = await db.batch([
    db.select().from(incidents).where(eq(incidents.id, id)).limit(1),
    db
      .select({
        url: incidentSources.url,
        title: incidentSources.title,
        publisher: incidentSources.publisher,
        publishedOn: incidentSources.publishedOn,
        accessedOn: incidentSources.accessedOn,
        kind: incidentSources.kind,
      })
      .from(incidentSources)
      .where(eq(incidentSources.incidentId, id))
      .orderBy(asc(incidentSources.position)),
    db
      .select({
        revision: incidentRevisions.revision,
        summary: incidentRevisions.summary,
        createdAt: incidentRevisions.createdAt,
      })
      .from(incidentRevisions)
      .where(eq(incidentRevisions.incidentId, id))
      .orderBy(desc(incidentRevisions.revision)),
  ]);
  const incident = row[0];
  return incident ? toPublicIncident(incident, sources, revisions) : null;
}
