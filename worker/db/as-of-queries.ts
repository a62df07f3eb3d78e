import type { IncidentFilters } from "../api/incident-filters";
import type { CursorPosition } from "../domain/cursor";
import { type IncidentSummary, summaryColumns } from "../domain/public-incident";
import type { Db } from "./client";
import { planExportPage } from "./export-queries";
import { mapPlan, type ReadPlan } from "./read-plan";

/** A page of `GET /api/incidents` as the dataset stood at `asOf`, rebuilt from revisions. */
export function planListIncidentsAsOf(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: { limit: number; after: CursorPosition | null },
  asOf: string,
): ReadPlan<{ items: IncidentSummary[]; hasMore: boolean }> {
  const records = planExportPage(db, filters, { after: page.after, limit: page.limit + 1, asOf });
  return mapPlan(records, (rows) => ({
    items: rows
      .slice(0, page.limit)
      .map(
        (record) =>
          Object.fromEntries(summaryColumns.map((column) => [column, record[column]])) as IncidentSummary,
      ),
    hasMore: rows.length > page.limit,
  }));
}
