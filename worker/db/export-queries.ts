import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import type { CursorPosition } from "../domain/cursor";
import { type ExportRecord, toExportRecord } from "../domain/export/export-record";
import type { PublicSource } from "../domain/public-incident";
import type { RegistryRef } from "../domain/registry-ref";
import { asOfTables } from "./as-of";
import type { Db } from "./client";
import { afterInListOrder, buildIncidentWhere } from "./incident-where";
import { planRead, type ReadPlan } from "./read-plan";
import { type IncidentRow, incidents } from "./schema";

const columns = Object.entries(getTableColumns(incidents));

const selectColumns = sql.join(
  columns.map(([, column]) => sql`${sql.identifier("incidents")}.${sql.identifier(column.name)}`),
  sql`, `,
);

/** The sources of each row in the same statement, in their order: one round trip per page. */
const sourcesJson = sql`(select json_group_array(json_object('url', s.url, 'title', s.title,
  'publisher', s.publisher, 'publishedOn', s.published_on, 'accessedOn', s.accessed_on, 'kind', s.kind))
  from (select * from incident_sources s where s.incident_id = incidents.id order by s.position) s)`;

/** Links to other registries are identifiers, not history: `as_of` reads the current ones. */
const registryRefsJson = sql`(select json_group_array(json_object('registry', r.registry, 'ref', r.ref))
  from (select * from incident_registry_refs r where r.incident_id = incidents.id order by r.registry, r.ref) r)`;

function toRow(raw: Record<string, unknown>): IncidentRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of columns) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as IncidentRow;
}

/**
 * One page of published incidents with their sources, newest first after `after` (keyset on
 * date, id), from the current tables or, with `asOf`, from the revisions as of that instant.
 */
export async function readExportPage(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: { after: CursorPosition | null; limit: number; asOf: string | null },
): Promise<ExportRecord[]> {
  const rows = await db.all<Record<string, unknown>>(exportPageQuery(filters, page));
  return rows.map(toRecord);
}

/**
 * `readExportPage` as a plan, for a caller that puts it in its batch. drizzle cannot batch a raw
 * statement that has parameters (`db.all(sql)` has no prepared statement), so the same SQL is
 * the subquery of a select, which it can; SQLite flattens it into the same plan.
 */
export function planExportPage(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: { after: CursorPosition | null; limit: number; asOf: string | null },
): ReadPlan<ExportRecord[]> {
  const fields = Object.fromEntries(
    [...columns.map(([, column]) => column.name), "sources_json", "refs_json"].map((name) => [
      name,
      sql<unknown>`${sql.identifier(name)}`,
    ]),
  );
  const query = db.select(fields).from(sql`(${exportPageQuery(filters, page)})`);
  return planRead([query] as const, ([rows]) => rows.map(toRecord));
}

function exportPageQuery(
  filters: Partial<IncidentFilters>,
  page: { after: CursorPosition | null; limit: number; asOf: string | null },
): SQL {
  const where: SQL[] = [buildIncidentWhere(filters)];
  if (page.after) where.push(afterInListOrder(page.after));
  return sql`${page.asOf ? asOfTables(page.asOf) : sql``}
    select ${selectColumns}, ${sourcesJson} as sources_json, ${registryRefsJson} as refs_json from incidents
    where ${sql.join(where, sql` and `)}
    order by incidents.date desc, incidents.id desc limit ${page.limit}`;
}

/** The incidents published or updated last, newest first: what a feed shows. */
export function readRecentlyUpdated(
  db: Db,
  filters: Partial<IncidentFilters>,
  limit: number,
): Promise<ExportRecord[]> {
  return selectRecords(
    db,
    sql`select ${selectColumns}, ${sourcesJson} as sources_json, ${registryRefsJson} as refs_json from incidents
    where ${buildIncidentWhere(filters)}
    order by incidents.updated_at desc, incidents.id desc limit ${limit}`,
  );
}

async function selectRecords(db: Db, query: SQL): Promise<ExportRecord[]> {
  const rows = await db.all<Record<string, unknown>>(query);
  return rows.map(toRecord);
}

function toRecord(raw: Record<string, unknown>): ExportRecord {
  return toExportRecord(
    toRow(raw),
    JSON.parse(String(raw.sources_json ?? "[]")) as PublicSource[],
    JSON.parse(String(raw.refs_json ?? "[]")) as RegistryRef[],
  );
}
