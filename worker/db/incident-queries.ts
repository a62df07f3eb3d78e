import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import type { CursorPosition } from "../domain/cursor";
import { toFtsQuery } from "../domain/fts-query";
import { keyFigureHistory } from "../domain/key-figure-history";
import {
  type IncidentSummary,
  type PublicIncident,
  summaryColumns,
  toPublicIncident,
} from "../domain/public-incident";
import type { Db } from "./client";
import { afterInListOrder, buildIncidentWhere } from "./incident-where";
import { planRead, type ReadPlan, runPlan } from "./read-plan";
import { incidentRevisions, incidents } from "./schema";
import { searchIndex, searchWhere } from "./search-page";
import { selectIncidentSources } from "./source-queries";

const summarySelection = Object.fromEntries(summaryColumns.map((column) => [column, incidents[column]])) as {
  [K in (typeof summaryColumns)[number]]: (typeof incidents)[K];
};

/**
 * One page of published incidents, newest first, after `cursor`. Reads `limit + 1` rows to
 * know whether another page exists without a count query; a search reads the index in the
 * same order (see searchWhere in search-page.ts).
 */
export function planListIncidents(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: { limit: number; after: CursorPosition | null },
): ReadPlan<{ items: IncidentSummary[]; hasMore: boolean }> {
  const fts = filters.q ? toFtsQuery(filters.q) : null;
  const where: SQL[] = [buildIncidentWhere(fts ? { ...filters, q: undefined } : filters)];
  if (page.after) where.push(afterInListOrder(page.after));
  const wanted = page.limit + 1;
  const query = (
    fts
      ? db
          .select(summarySelection)
          .from(searchIndex)
          .crossJoin(incidents)
          .where(searchWhere(db, fts, and(...where) as SQL, { rows: wanted, after: page.after }))
      : db
          .select(summarySelection)
          .from(incidents)
          .where(and(...where))
  )
    .orderBy(desc(incidents.date), desc(incidents.id))
    .limit(wanted);
  return planRead([query] as const, ([rows]) => ({
    items: rows.slice(0, page.limit),
    hasMore: rows.length > page.limit,
  }));
}

/** The full public record, published or retracted, with its sources and revision history. */
export function planIncident(db: Db, id: string): ReadPlan<PublicIncident | null> {
  const statements = [
    db.select().from(incidents).where(eq(incidents.id, id)).limit(1),
    selectIncidentSources(db, id),
    db
      .select({
        revision: incidentRevisions.revision,
        at: incidentRevisions.createdAt,
        summary: incidentRevisions.summary,
        reason: incidentRevisions.reason,
        changes: incidentRevisions.changes,
        sourceUrl: incidentRevisions.sourceUrl,
        // The first source the incident was published on: where its first key figures came from.
        firstSourceUrl: sql<string | null>`json_extract(${incidentRevisions.snapshot}, '$.sources[0].url')`,
      })
      .from(incidentRevisions)
      .where(eq(incidentRevisions.incidentId, id))
      .orderBy(desc(incidentRevisions.revision)),
  ] as const;
  return planRead(statements, ([row, sources, revisions]) => {
    const incident = row[0];
    if (!incident) return null;
    const publicRevisions = revisions.map(({ firstSourceUrl: _first, ...revision }) => revision);
    const facts = revisions.map(({ firstSourceUrl, ...revision }) => ({
      ...revision,
      sourceUrl: revision.sourceUrl ?? (revision.revision === 1 ? firstSourceUrl : null),
    }));
    return toPublicIncident(incident, sources, publicRevisions, keyFigureHistory(incident, facts));
  });
}

export function getIncident(db: Db, id: string): Promise<PublicIncident | null> {
  return runPlan(db, planIncident(db, id));
}
