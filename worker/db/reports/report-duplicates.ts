/**
 * Possible duplicates of a report, for the moderator's side-by-side view. The query has the
 * shape of `findPossibleDuplicates` (worker/db/find-duplicates.ts, by source URL, organisation
 * name, date and place); until that module is in this tree this reads the strongest of its
 * signals alone, an incident citing one of the report's source URLs.
 */
import { and, eq, inArray, ne } from "drizzle-orm";
import type { ReportPayload } from "../../domain/report-input";
import type { Db } from "../client";
import { incidentSources, incidents } from "../schema";

export type PossibleDuplicate = {
  id: string;
  title: string;
  organisationName: string;
  date: string;
  country: string | null;
  signals: ("source_url" | "organisation_name" | "date_place")[];
};

export async function duplicatesOfReport(
  db: Db,
  payload: ReportPayload,
  excludeId: string | null,
): Promise<PossibleDuplicate[]> {
  const urls = payload.sources.map((source) => source.url).slice(0, 10);
  const rows = await db
    .selectDistinct({
      id: incidents.id,
      title: incidents.title,
      organisationName: incidents.organisationName,
      date: incidents.date,
      country: incidents.country,
    })
    .from(incidentSources)
    .innerJoin(incidents, eq(incidents.id, incidentSources.incidentId))
    .where(
      and(
        inArray(incidentSources.url, urls),
        eq(incidents.status, "published"),
        excludeId ? ne(incidents.id, excludeId) : undefined,
      ),
    )
    .limit(20);
  return rows.map((row) => ({ ...row, signals: ["source_url"] }));
}
