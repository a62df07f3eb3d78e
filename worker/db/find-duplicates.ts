import { and, eq, gte, inArray, lte, ne, type SQL, sql } from "drizzle-orm";
import {
  boxAround,
  CLOSE_DAYS,
  CLOSE_KILOMETRES,
  type DuplicateSignal,
  distanceKm,
  shiftDate,
} from "../domain/duplicates/closeness";
import { areSimilarNames, candidateNameQuery } from "../domain/duplicates/organisation-name";
import {
  type DuplicateQuery,
  MAX_DUPLICATE_URLS,
  MAX_DUPLICATES,
  type PossibleDuplicate,
} from "../domain/duplicates/possible-duplicate";
import { sourceUrlVariants } from "../domain/duplicates/source-url";
import type { Db } from "./client";
import { withinBoundingBox } from "./incident-where";
import { planRead, type ReadPlan, runPlan } from "./read-plan";
import { incidentSources, incidents } from "./schema";

/** Candidates read per signal before the exact checks: bounds the rows read per request. */
const CANDIDATES = 100;

const columns = {
  id: incidents.id,
  title: incidents.title,
  titleFr: incidents.titleFr,
  organisationName: incidents.organisationName,
  date: incidents.date,
  country: incidents.country,
  latitude: incidents.latitude,
  longitude: incidents.longitude,
};

type Candidate = { [K in keyof typeof columns]: (typeof incidents.$inferSelect)[K] };

/**
 * Published incidents that may be the one described, by three signals (`closeness.ts`): a
 * source URL already cited, a similar organisation name, a close date and place. Each signal
 * reads its candidates through an index (source URL, FTS5, date); the exact tests run here.
 * All candidate queries go to D1 in one batch.
 */
export function findPossibleDuplicates(db: Db, query: DuplicateQuery): Promise<PossibleDuplicate[]> {
  return runPlan(db, planPossibleDuplicates(db, query));
}

/** `findPossibleDuplicates` as a plan, for a public read that sends it with the version. */
export function planPossibleDuplicates(db: Db, query: DuplicateQuery): ReadPlan<PossibleDuplicate[]> {
  const published = and(
    eq(incidents.status, "published"),
    query.excludeId ? ne(incidents.id, query.excludeId) : undefined,
  );
  const urls = [...new Set(query.sourceUrls?.slice(0, MAX_DUPLICATE_URLS).flatMap(sourceUrlVariants))];
  const nameQuery = query.organisationName ? candidateNameQuery(query.organisationName) : null;
  const { date, latitude, longitude } = query;
  const place =
    date && typeof latitude === "number" && typeof longitude === "number"
      ? { date, latitude, longitude }
      : null;

  const searches: { signal: DuplicateSignal; where: SQL; keep: (row: Candidate) => boolean }[] = [];
  if (urls.length > 0) {
    searches.push({
      signal: "source_url",
      where: sql`${incidents.id} in (select ${incidentSources.incidentId} from ${incidentSources} where ${inArray(incidentSources.url, urls)})`,
      keep: () => true,
    });
  }
  if (nameQuery && query.organisationName) {
    const name = query.organisationName;
    searches.push({
      signal: "organisation_name",
      where: sql`${incidents.id} in (select incident_id from incidents_fts where incidents_fts match ${nameQuery} order by rank limit ${CANDIDATES})`,
      keep: (row) => areSimilarNames(name, row.organisationName),
    });
  }
  if (place) {
    searches.push({
      signal: "date_place",
      where: and(
        gte(incidents.date, shiftDate(place.date, -CLOSE_DAYS)),
        lte(incidents.date, shiftDate(place.date, CLOSE_DAYS)),
        withinBoundingBox(boxAround(place, CLOSE_KILOMETRES)),
      ) as SQL,
      // Stryker disable next-line EqualityOperator: equivalent, see stryker-equivalent.md
      keep: (row) => distanceKm(place, row) <= CLOSE_KILOMETRES,
    });
  }
  const statements = searches.map(({ where }) =>
    db.select(columns).from(incidents).where(and(published, where)).limit(CANDIDATES),
  );
  return planRead(statements, (results) => mergeSignals(searches, results as Candidate[][]));
}

function mergeSignals(
  searches: readonly { signal: DuplicateSignal; keep: (row: Candidate) => boolean }[],
  results: readonly Candidate[][],
): PossibleDuplicate[] {
  const found = new Map<string, PossibleDuplicate>();
  searches.forEach(({ signal, keep }, i) => {
    for (const row of results[i] ?? []) {
      if (!keep(row)) continue;
      const entry = found.get(row.id) ?? {
        id: row.id,
        title: row.title,
        titleFr: row.titleFr,
        organisationName: row.organisationName,
        date: row.date,
        country: row.country,
        signals: [],
      };
      entry.signals.push(signal);
      found.set(row.id, entry);
    }
  });
  return [...found.values()]
    .sort(
      (a, b) =>
        b.signals.length - a.signals.length || b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
    )
    .slice(0, MAX_DUPLICATES);
}
