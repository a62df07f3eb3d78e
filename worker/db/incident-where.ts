import { and, eq, gte, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import { attackTypeMask } from "../domain/attack-type-mask";
import type { BoundingBox } from "../domain/bounding-box";
import type { CursorPosition } from "../domain/cursor";
import { toFtsQuery } from "../domain/fts-query";
import { incidents } from "./schema";

/** Incidents inside a box; one whose west is greater than its east crosses the antimeridian. */
export function withinBoundingBox(bbox: BoundingBox): SQL {
  return and(
    gte(incidents.latitude, bbox.south),
    lte(incidents.latitude, bbox.north),
    bbox.west <= bbox.east
      ? and(gte(incidents.longitude, bbox.west), lte(incidents.longitude, bbox.east))
      : or(gte(incidents.longitude, bbox.west), lte(incidents.longitude, bbox.east)),
  ) as SQL;
}

/**
 * The WHERE clause for a set of public filters. Only published incidents are public; retracted
 * ones stay reachable by id, with their reason, but leave the map, the lists and the counts.
 */
export function buildIncidentWhere(filters: Partial<IncidentFilters>): SQL {
  const conditions: (SQL | undefined)[] = [eq(incidents.status, "published")];
  const { bbox } = filters;
  if (bbox) conditions.push(withinBoundingBox(bbox));
  if (filters.country) conditions.push(eq(incidents.country, filters.country));
  if (filters.subdivision) conditions.push(matchSubdivision(filters.subdivision));
  if (filters.type?.length) {
    // The types as bits of a column that the map's covering index carries, not a lookup in
    // incident_attack_types. `map ransomware≥2020` (world) cells statement, EXPLAIN QUERY PLAN:
    // - before, with EXISTS (select 1 from incident_attack_types where incident_id = incidents.id
    //   and attack_type in (…)), better-sqlite3 (SQLite 3.53) turns it into a semi-join:
    //     SEARCH incidents USING COVERING INDEX incidents_map (status=? AND latitude>? AND latitude<?)
    //     SEARCH incident_attack_types EXISTS USING COVERING INDEX sqlite_autoindex_… (incident_id=? AND attack_type=?)
    //   while D1 in workerd (an older SQLite) runs a subquery per index entry:
    //     SEARCH incidents USING COVERING INDEX incidents_map (status=? AND latitude>? AND latitude<?)
    //     CORRELATED SCALAR SUBQUERY 1
    //     SEARCH incident_attack_types USING COVERING INDEX sqlite_autoindex_… (incident_id=? AND attack_type=?)
    //   At 100k the statement took 313–1059 ms in D1 against 143–146 ms in better-sqlite3 on the
    //   same file, and the unfiltered world 167–1247 ms in D1 (machine load 14–17);
    // - after, in D1 as in better-sqlite3, no other table than the index (and the count gate):
    //     SEARCH incidents USING COVERING INDEX incidents_map_pinned (status=? AND latitude>? AND latitude<?)
    //     USE TEMP B-TREE FOR GROUP BY
    //   111–431 ms in D1 at 100k under the same load: no slower than the unfiltered world.
    conditions.push(sql`(${incidents.attackTypeMask} & ${attackTypeMask(filters.type)}) != 0`);
  }
  if (filters.orgType?.length) conditions.push(inArray(incidents.organisationType, filters.orgType));
  if (filters.verification?.length) conditions.push(inArray(incidents.verification, filters.verification));
  if (filters.from) conditions.push(gte(incidents.date, filters.from));
  if (filters.to) conditions.push(lte(incidents.date, filters.to));
  if (filters.minAffected !== undefined)
    conditions.push(gte(incidents.individualsAffected, filters.minAffected));
  const fts = filters.q ? toFtsQuery(filters.q) : null;
  if (fts) {
    conditions.push(
      sql`${incidents.id} in (select incident_id from incidents_fts where incidents_fts match ${fts})`,
    );
  } else if (filters.q) {
    // Only punctuation was typed: nothing can match, and FTS5 would reject an empty query.
    conditions.push(sql`0`);
  }
  return and(...conditions) as SQL;
}

/**
 * `FR-ARA` names a French région (our `subdivision`), `FR-69` a département (our `department`);
 * both are ISO 3166-2 codes, so the filter accepts either.
 */
function matchSubdivision(code: string): SQL {
  const [country, local] = code.split("-") as [string, string];
  const byDepartment =
    country === "FR" ? and(eq(incidents.country, "FR"), eq(incidents.department, local)) : undefined;
  return byDepartment
    ? (or(eq(incidents.subdivision, code), byDepartment) as SQL)
    : eq(incidents.subdivision, code);
}

/**
 * The rows after `position` in the lists' order (date, then id, both descending). A row value,
 * not `date < ? or (date = ? and id < ?)`: SQLite seeks the (status, date, id) index to it,
 * where the `or` made every page rescan the rows of all pages before it.
 */
export function afterInListOrder(position: CursorPosition): SQL {
  return sql`(${incidents.date}, ${incidents.id}) < (${position.date}, ${position.id})`;
}
