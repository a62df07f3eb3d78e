/**
 * Writes incidents straight into a local D1 SQLite file, through drizzle's better-sqlite3 driver
 * and the write layer's own `buildIncidentRows` (worker/db/writes), in one transaction: the
 * batched variant of `createIncident`, 100,000 incidents in seconds where one D1 batch per
 * incident would take many minutes. Same rows, first revision included.
 */
import Database from "better-sqlite3";
import { getTableColumns, sql } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { createFsBoundarySource } from "../../scripts/lib/fs-boundary-source";
import { incidentAttackTypes, incidentRevisions, incidentSources, incidents } from "../../worker/db/schema";
import { buildIncidentRows, type IncidentRows } from "../../worker/db/writes";
import type { GeoPoint, PointLocation } from "../../worker/domain/geo/locate";
import { locatePoint } from "../../worker/domain/geo/locate";
import type { IncidentInput } from "../../worker/domain/incident-input";

/** A fixed clock, so that two builds of the same N are byte-for-byte the same data. */
const BUILT_AT = "2026-01-01T00:00:00.000Z";

export type InsertTimings = { locateMs: number; insertMs: number; distinctPlaces: number };

export async function insertSyntheticIncidents(
  sqliteFile: string,
  inputs: IncidentInput[],
): Promise<InsertTimings> {
  let start = performance.now();
  const locate = cachedLocator();
  const rows: IncidentRows[] = [];
  for (const input of inputs) {
    rows.push(
      buildIncidentRows(input, await locate(input), {
        reason: "Synthetic data",
        synthetic: true,
        now: BUILT_AT,
      }),
    );
  }
  const locateMs = performance.now() - start;

  start = performance.now();
  const sqlite = new Database(sqliteFile);
  try {
    const db = drizzle(sqlite);
    const insert = {
      incident: preparedInsert(db, incidents),
      source: preparedInsert(db, incidentSources),
      attackType: preparedInsert(db, incidentAttackTypes),
      revision: preparedInsert(db, incidentRevisions),
    };
    db.transaction(() => {
      for (const { incident, sources, attackTypes, revision } of rows) {
        insert.incident(incident);
        for (const source of sources) insert.source(source);
        for (const attackType of attackTypes) insert.attackType(attackType);
        insert.revision(revision);
      }
    });
    // No ANALYZE / PRAGMA optimize: the app's databases have no sqlite_stat1, and statistics
    // change the query plans (measured: some lists 8× slower, the map 3× faster), so the bench
    // must plan queries as the app does.
    // Fold the WAL back into the file, so that copying the .sqlite alone copies everything.
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    sqlite.close();
  }
  return { locateMs, insertMs: performance.now() - start, distinctPlaces: locate.size() };
}

/**
 * One prepared INSERT per table with a placeholder per column: drizzle still encodes every
 * value (JSON, booleans) from the schema, but builds the SQL once instead of once per row,
 * which is several times faster than multi-row `values([...])`. Absent values are bound as
 * NULL; autoincrement ids are left out, for SQLite to assign.
 */
function preparedInsert<T extends SQLiteTable>(db: BetterSQLite3Database, table: T) {
  const columns = Object.entries(getTableColumns(table)).filter(
    ([, column]) => !column.primary || !column.hasDefault,
  );
  const names = columns.map(([name]) => name);
  const statement = db
    .insert(table)
    .values(Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as T["$inferInsert"])
    .prepare();
  return (row: T["$inferInsert"]) => {
    const values = row as Record<string, unknown>;
    statement.run(Object.fromEntries(names.map((name) => [name, values[name] ?? null])));
  };
}

/**
 * locatePoint memoised on a 0.01° grid (about 1 km): incidents cluster on hospital sites, so
 * many share a cell, and 100,000 points cost a fraction of the time. A point within a few hundred
 * metres of a border may get its neighbour's region, which synthetic data can afford. The cell's
 * centre is located, so results do not depend on which point came first.
 */
function cachedLocator() {
  const boundaries = createFsBoundarySource();
  const cache = new Map<string, Promise<PointLocation>>();
  const locate = (point: GeoPoint) => {
    const latitude = Math.round(point.latitude * 100) / 100;
    const longitude = Math.round(point.longitude * 100) / 100;
    const key = `${latitude},${longitude}`;
    let place = cache.get(key);
    if (!place) {
      place = locatePoint({ latitude, longitude }, boundaries);
      cache.set(key, place);
    }
    return place;
  };
  return Object.assign(locate, { size: () => cache.size });
}
