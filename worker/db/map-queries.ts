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
  countsPerSubdivision,
  type MapCell,
  type MapData,
  type MapPoint,
  type MapRegion,
  PINNED_PRECISIONS,
  REGIONAL_PRECISIONS,
} from "../domain/map-data";
import type { Db } from "./client";
import { buildIncidentWhere } from "./incident-where";
import { planRead, type ReadPlan, runPlan } from "./read-plan";
import { incidents } from "./schema";

/** The most points sent one by one; a larger view is sent as grid cells. */
export const MAX_MAP_POINTS = 5000;
/** Grid cells per 256-pixel tile side: cells about 64 pixels wide on screen. */
const CELLS_PER_TILE = 4;

/** The grid cell size in degrees at a Web Mercator zoom level. */
export function cellSizeForZoom(zoom: number): number {
  return 360 / (2 ** zoom * CELLS_PER_TILE);
}

/**
 * Points or cells, and the regional counts, in ONE round trip: all go in the same batch. The
 * points and the cells statements each sit behind a gate on
 * the capped count (at most maxPoints + 1 index entries), so only one of them reads the view.
 * The gate is a one-row-or-none subquery CROSS JOINed first, which SQLite keeps as the outer
 * loop: an empty gate ends the statement before it touches incidents (0.4 ms at 100k, where the
 * same test as a WHERE term, evaluated once but checked per row, still walked the whole index:
 * 18-26 ms, and D1 bills every row it walks).
 */
export function planMapData(
  db: Db,
  filters: Partial<IncidentFilters>,
  zoom: number,
  maxPoints = MAX_MAP_POINTS,
): ReadPlan<MapData> {
  const filtered = buildIncidentWhere(filters);
  const where = and(filtered, inArray(incidents.locationPrecision, PINNED_PRECISIONS)) as SQL;
  const matches = sql`(select count(*) from (select 1 from ${incidents} where ${where} limit ${maxPoints + 1}))`;
  const gate = (test: SQL) => sql`(select 1 where ${test}) as gate`;
  const points = db
    .select({
      id: incidents.id,
      latitude: incidents.latitude,
      longitude: incidents.longitude,
      type: incidents.primaryType,
      date: incidents.date,
    })
    .from(gate(sql`${matches} <= ${maxPoints}`))
    .crossJoin(incidents)
    .where(where);
  const cellSize = cellSizeForZoom(zoom);
  const cells = selectCells(db, gate(sql`${matches} > ${maxPoints}`), where, cellSize);
  const statements = [points, cells, regionsQuery(db, filtered, zoom)] as const;
  return planRead(statements, ([pointRows, groups, regionRows]): MapData => {
    const regions = regionRows.map(
      (r): MapRegion => [r.code, r.count, round(r.latitude, 4), round(r.longitude, 4)],
    );
    if (groups.length > 0) return { ...toCells(groups, cellSize), regions };
    const mapPoints = pointRows.map(
      (r): MapPoint => [r.id, round(r.latitude, 5), round(r.longitude, 5), r.type, r.date],
    );
    return { mode: "points", total: mapPoints.length, points: mapPoints, regions };
  });
}

export function loadMapData(
  db: Db,
  filters: Partial<IncidentFilters>,
  zoom: number,
  maxPoints = MAX_MAP_POINTS,
): Promise<MapData> {
  return runPlan(db, planMapData(db, filters, zoom, maxPoints));
}

/**
 * A region is the subdivision for `subdivision` precision (its country when unknown), else the
 * country; below SUBDIVISION_COUNTS_MIN_ZOOM, always the country. A country's badge sits at the
 * point of the incidents located to the country itself when there are any (the country's centre),
 * else at the mean of its subdivisions' centres, weighted by their incidents.
 */
function regionsQuery(db: Db, filtered: SQL, zoom: number) {
  const country = sql<string>`coalesce(${incidents.country}, '')`;
  const code = countsPerSubdivision(zoom)
    ? sql<string>`coalesce(case when ${incidents.locationPrecision} = 'subdivision' then ${incidents.subdivision} end, ${country})`
    : country;
  const centre = (column: typeof incidents.latitude | typeof incidents.longitude) =>
    sql<number>`coalesce(avg(case when ${incidents.locationPrecision} = 'country' then ${column} end), avg(${column}))`;
  return db
    .select({
      code,
      count: count(),
      latitude: centre(incidents.latitude),
      longitude: centre(incidents.longitude),
    })
    .from(incidents)
    .where(and(filtered, inArray(incidents.locationPrecision, REGIONAL_PRECISIONS)))
    .groupBy(code);
}

function selectCells(db: Db, gate: SQL, where: SQL, cellSize: number) {
  // latitude + 90 and longitude + 180 are never negative, so CAST truncation is floor().
  const row = sql<number>`cast((${incidents.latitude} + 90) / ${cellSize} as integer)`;
  const column = sql<number>`cast((${incidents.longitude} + 180) / ${cellSize} as integer)`;
  // Ordered because SQLite promises no order for groups, and toCells gives a tie to the first
  // type it meets. The GROUP BY's sorter already yields this order: the plan has no second sort.
  return db
    .select({
      row,
      column,
      type: incidents.primaryType,
      count: count(),
      latitude: sql<number>`avg(${incidents.latitude})`,
      longitude: sql<number>`avg(${incidents.longitude})`,
    })
    .from(gate)
    .crossJoin(incidents)
    .where(where)
    .groupBy(row, column, incidents.primaryType)
    .orderBy(row, column, incidents.primaryType);
}

type CellGroup = {
  row: number;
  column: number;
  type: AttackType;
  count: number;
  latitude: number;
  longitude: number;
};

function toCells(
  groups: CellGroup[],
  cellSize: number,
): Omit<Extract<MapData, { mode: "cells" }>, "regions"> {
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
