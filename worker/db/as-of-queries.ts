import type { IncidentFilters } from "../api/incident-filters";
import type { CursorPosition } from "../domain/cursor";
import { type IncidentSummary, summaryColumns } from "../domain/public-incident";
import type { Db } from "./client";
import { readExportPage } from "./export-queries";

/** A page of `GET /api/incidents` as the dataset stood at `asOf`, rebuilt from revisions. */
export async function listIncidentsAsOf(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: { limit: number; after: CursorPosition | null },
  asOf: string,
): Promise<{ items: IncidentSummary[]; hasMore: boolean }> {
  const records = await readExportPage(db, filters, { after: page.after, limit: page.limit + 1, asOf });
  const items = records
    .slice(0, page.limit)
    .map(
      (record) =>
        Object.fromEntries(summaryColumns.map((column) => [column, record[column]])) as IncidentSummary,
    );
  return { items, hasMore: records.length > page.limit };
}
