import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import type { CursorPosition } from "../domain/cursor";
import { type ExportRecord, exportRecordReader, notExported } from "../domain/export/export-record";
import type { PublicSource } from "../domain/public-incident";
import type { RegistryRef } from "../domain/registry-ref";
import { asOfTables } from "./as-of";
import type { Db } from "./client";
import { afterInListOrder, buildIncidentWhere } from "./incident-where";
import { planRead, type ReadPlan } from "./read-plan";
import { incidents } from "./schema";

/** The columns an export reads, in the order of the row arrays D1 answers with. */
const columns = Object.entries(getTableColumns(incidents)).filter(([key]) => !notExported.has(key));

/** Stored otherwise than served: JSON lists as text, booleans as 0 or 1. The rest is served as stored. */
const decoded = new Set(["SQLiteTextJson", "SQLiteBoolean"]);

const readRecord = exportRecordReader(
  columns.map(([key, column]) => ({
    key,
    decode: decoded.has(column.columnType) ? (stored) => column.mapFromDriverValue(stored) : null,
  })),
);

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

export type ExportPage = {
  after: CursorPosition | null;
  limit: number;
  asOf: string | null;
  /** False for an export that writes no sources: its records then have none (`[]`). */
  withSources?: boolean;
};

/**
 * One page of published incidents with their sources, newest first after `after` (keyset on
 * date, id), from the current tables or, with `asOf`, from the revisions as of that instant.
 */
export async function readExportPage(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: ExportPage,
): Promise<ExportRecord[]> {
  const rows = await db.values<unknown[]>(exportPageQuery(filters, page));
  return rows.map(fromValues);
}

/**
 * `readExportPage` as a plan, for a caller that puts it in its batch. drizzle cannot batch a raw
 * statement that has parameters (`db.all(sql)` has no prepared statement), so the same SQL is
 * the subquery of a select, which it can; SQLite flattens it into the same plan.
 */
export function planExportPage(
  db: Db,
  filters: Partial<IncidentFilters>,
  page: ExportPage,
): ReadPlan<ExportRecord[]> {
  const fields = Object.fromEntries(
    [...columns.map(([, column]) => column.name), "sources_json", "refs_json"].map((name) => [
      name,
      sql<unknown>`${sql.identifier(name)}`,
    ]),
  );
  const query = db.select(fields).from(sql`(${exportPageQuery(filters, page)})`);
  const names = Object.keys(fields);
  return planRead([query] as const, ([rows]) =>
    rows.map((row) => fromValues(names.map((name) => (row as Record<string, unknown>)[name]))),
  );
}

function exportPageQuery(filters: Partial<IncidentFilters>, page: ExportPage): SQL {
  const where: SQL[] = [buildIncidentWhere(filters)];
  if (page.after) where.push(afterInListOrder(page.after));
  return sql`${page.asOf ? asOfTables(page.asOf) : sql``}
    select ${selectColumns}, ${page.withSources === false ? sql`null` : sourcesJson} as sources_json,
      ${registryRefsJson} as refs_json from incidents
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
  const rows = await db.values<unknown[]>(query);
  return rows.map(fromValues);
}

/** A row as D1 answers it: the columns, then the sources' and the links' JSON. */
function fromValues(values: readonly unknown[]): ExportRecord {
  const n = columns.length;
  return readRecord(
    values,
    JSON.parse(String(values[n] ?? "[]")) as PublicSource[],
    JSON.parse(String(values[n + 1] ?? "[]")) as RegistryRef[],
  );
}
