import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { CursorPosition } from "../domain/cursor";
import type { Db } from "./client";
import { incidents } from "./schema";

/**
 * The FTS5 search index (drizzle/0012_fts_list_order.sql), the two columns queries read. Kept
 * out of schema.ts: drizzle-kit would make it a plain table; the migrations make it virtual.
 */
export const searchIndex = sqliteTable("incidents_fts", {
  rowid: integer("rowid").notNull(),
  incidentId: text("incident_id").notNull(),
});

/**
 * A search's page in the lists' order, reading about one page of matches rather than all of
 * them. The search index's rowid is (days from 1900-01-01 to `date`) × 2^32 + a number that
 * only keeps it unique (drizzle/0012_fts_list_order.sql), so FTS5 hands out matches newest day
 * first and the reading stops at the page's end. Within a day that order is not the list's
 * (id descending), so the statement reads in two passes, in one statement:
 * 1. `firsts`: the first `rows` matches in index order, all filters applied;
 * 2. every match from the oldest day among them on, sorted by (date, id): the page's rows
 *    are all there (a day newer than that day is complete in `firsts`), and so is the rest of
 *    that day, which the index order may have cut.
 *
 * Rows read (D1's `rows_read`) for a page of 50 of `q=lockbit` at 20,000 incidents in workerd's
 * D1, one in 25 matching: 2,034–2,171 with `id in (select … match …)`, which reads every match
 * and then walks the date index; 264–286 this way, on each of the first 12 pages.
 * EXPLAIN QUERY PLAN (D1, workerd):
 *   SCAN incidents_fts VIRTUAL TABLE INDEX 0:M9>           match, rowid ≥ the first pass's day
 *   SCALAR SUBQUERY 2 / CO-ROUTINE firsts
 *     SCAN incidents_fts VIRTUAL TABLE INDEX 192:M9        match, rowid descending
 *     SEARCH incidents USING INDEX sqlite_autoindex_incidents_1 (id=?)
 *   SEARCH incidents USING INDEX sqlite_autoindex_incidents_1 (id=?)
 *   USE TEMP B-TREE FOR ORDER BY                           about one page of rows
 * The `cross join` keeps the index as the outer loop: SQLite never reorders a CROSS JOIN, and
 * driving from `incidents` in date order instead would read every row until the page is full.
 */
export function searchWhere(
  db: Db,
  fts: string,
  where: SQL,
  page: { rows: number; after: CursorPosition | null },
): SQL {
  const conditions = [eq(incidents.id, searchIndex.incidentId), where, sql`${searchIndex} match ${fts}`];
  if (page.after) {
    // The cursor's day and every older one: the key's day part bounds the index's range.
    conditions.push(sql`${searchIndex.rowid} < ${dayKey(sql`date(${page.after.date}, '+1 day')`)}`);
  }
  const matching = and(...conditions) as SQL;
  const firsts = db
    .select({ date: incidents.date })
    .from(searchIndex)
    .crossJoin(incidents)
    .where(matching)
    .orderBy(desc(searchIndex.rowid))
    .limit(page.rows)
    .as("firsts");
  return and(
    matching,
    sql`${searchIndex.rowid} >= (select ${dayKey(sql`min(${firsts.date})`)} from ${firsts})`,
  ) as SQL;
}

/**
 * The first key of `date`'s day (julianday('1900-01-01') = 2415020.5). 2^32 is written into the
 * SQL, not bound: D1 binds a number above 2^31 as a REAL, the key then becomes a REAL, and FTS5
 * no longer seeks to it: the first page of `q=lockbit` read 1,011 rows at 20,000 incidents,
 * against 266 with the integer.
 */
function dayKey(date: SQL): SQL {
  return sql`(cast(julianday(${date}) - 2415020.5 as integer) * 4294967296)`;
}
