/**
 * The slim geometry-only read behind the map (after Ushahidi's ListPostsGeometryQuery): no
 * titles, no sources. Few enough points come back one by one, for the browser to cluster; beyond
 * that the database aggregates them into grid cells, so the payload stays small at any size.
 * Incidents located only to a subdivision or a country are never among the points or cells:
 * their stored point is the region's centre, not a place. They come back as one count per
 * region, so 4,500 of them at one state's centre cost one entry, and hide no precise point.
 */
import { and, count, inArray, type SQL, sql } from "drizzle-orm";
import type { IncidentFilters } from "../api/incident-filters";
import type { AttackType } from "../domain/enums";
import {
  type MapCell,
  type MapData,
  type MapPoint,
  type MapRegion,
  PINNED_PRECISIONS,
  REGIONAL_PRECISIONS,
} from "../domain/map-data";
import type { Db } from "./client";
import { buildIncidentWhere } from "./incident-where";
import { incidents } from "./schema";

/** The most points sent one by one; a larger view is sent as grid cells. */
export const MAX_MAP_POINTS = 5000;
/** Grid cells per 256-pixel tile side: cells about 64 pixels wide on screen. */
const CELLS_PER_TILE = 4;

/** The grid cell size in degrees at a Web Mercator zoom level. */
export function cellSizeForZoom(zoom: number): number {
  return 360 / (2 ** zoom * CELLS_PER_TILE);
}

export async function loadMapData(
  db: Db,
  filters: Partial<IncidentFilters>,
  zoom: number,
  maxPoints = MAX_MAP_POINTS,
): Promise<MapData> {
  const filtered = buildIncidentWhere(filters);
  const where = and(filtered, inArray(incidents.locationPrecision, PINNED_PRECISIONS)) as SQL;
  // Count first, at most maxPoints + 1 index entries: cheaper than fetching the points of a
  // view that will be sent as cells anyway. The regions are read at the same time (concurrent
  // statements rather than a D1 batch, so that the bench's better-sqlite3 baseline runs them too).
  const [[{ matches } = { matches: 0 }], regionRows] = await Promise.all([
    db.select({ matches: count() }).from(
      db
        .select({ one: sql`1` })
        .from(incidents)
        .where(where)
        .limit(maxPoints + 1)
        .as("capped"),
    ),
    regionsQuery(db, filtered),
  ]);
  const regions = regionRows.map(
    (r): MapRegion => [r.code, r.count, round(r.latitude, 4), round(r.longitude, 4)],
  );
  if (matches <= maxPoints) {
    const rows = await db
      .select({
        id: incidents.id,
        latitude: incidents.latitude,
        longitude: incidents.longitude,
        type: incidents.primaryType,
        date: incidents.date,
      })
      .from(incidents)
      .where(where);
    const points = rows.map(
      (r): MapPoint => [r.id, round(r.latitude, 5), round(r.longitude, 5), r.type, r.date],
    );
    return { mode: "points", total: points.length, points, regions };
  }
  return { ...(await loadCells(db, where, cellSizeForZoom(zoom))), regions };
}

/** A region is the subdivision for `subdivision` precision (its country when unknown), else the country. */
function regionsQuery(db: Db, filtered: SQL) {
  const code = sql<string>`coalesce(case when ${incidents.locationPrecision} = 'subdivision' then ${incidents.subdivision} end, ${incidents.country}, '')`;
  return db
    .select({
      code,
      count: count(),
      latitude: sql<number>`avg(${incidents.latitude})`,
      longitude: sql<number>`avg(${incidents.longitude})`,
    })
    .from(incidents)
    .where(and(filtered, inArray(incidents.locationPrecision, REGIONAL_PRECISIONS)))
    .groupBy(code);
}

async function loadCells(
  db: Db,
  where: SQL,
  cellSize: number,
): Promise<Omit<Extract<MapData, { mode: "cells" }>, "regions">> {
  // latitude + 90 and longitude + 180 are never negative, so CAST truncation is floor().
  const row = sql<number>`cast((${incidents.latitude} + 90) / ${cellSize} as integer)`;
  const column = sql<number>`cast((${incidents.longitude} + 180) / ${cellSize} as integer)`;
  const groups = await db
    .select({
      row,
      column,
      type: incidents.primaryType,
      count: count(),
      latitude: sql<number>`avg(${incidents.latitude})`,
      longitude: sql<number>`avg(${incidents.longitude})`,
    })
    .from(incidents)
    .where(where)
    .groupBy(row, column, incidents.primaryType);

  const cells = new Map<
    string,
    { lat: number; lon: number; count: number; top: AttackType; topCount: number }
  >();
  for (const g of groups) {
    const key = `${g.row}:${g.column}`;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, {
        lat: g.latitude * g.count,
        lon: g.longitude * g.count,
        count: g.count,
        top: g.type,
        topCount: g.count,
      });
      continue;
    }
    cell.lat += g.latitude * g.count;
    cell.lon += g.longitude * g.count;
    cell.count += g.count;
    if (g.count > cell.topCount) Object.assign(cell, { top: g.type, topCount: g.count });
  }
  let total = 0;
  const result: MapCell[] = [];
  for (const cell of cells.values()) {
    total += cell.count;
    result.push([round(cell.lat / cell.count, 4), round(cell.lon / cell.count, 4), cell.count, cell.top]);
  }
  return { mode: "cells", total, cellSize, cells: result };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
