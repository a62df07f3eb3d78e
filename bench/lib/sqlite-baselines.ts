/**
 * The two baselines of the API budget, on the very database file wrangler dev serves:
 * - raw: the SQL statements the API itself runs for this URL (captured from the same drizzle
 *   query functions through better-sqlite3), timed with JSON.stringify of their rows;
 * - naive: `SELECT * FROM incidents WHERE <same filters>`, every matching row as JSON, which is
 *   what a map without a slim query or server-side clustering would send.
 */

import { gzipSync } from "node:zlib";
import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { incidentFilters } from "../../worker/api/incident-filters";
import type { Db } from "../../worker/db/client";
import { planListIncidents } from "../../worker/db/incident-queries";
import { buildIncidentWhere } from "../../worker/db/incident-where";
import { planMapData } from "../../worker/db/map-queries";
import { incidents } from "../../worker/db/schema";
import { type Scenario, withVariant } from "./api-scenarios";
import { type Summary, timeRepeated } from "./stats";

type Statement = { sql: string; params: unknown[] };

export type Baselines = {
  raw: Summary;
  statements: Statement[];
  /** EXPLAIN QUERY PLAN of each statement, one line per step. */
  plans: string[][];
  naive: Summary;
  naiveRows: number;
  naiveBytes: number;
  naiveGzipBytes: number;
};

export async function measureBaselines(
  sqlite: Database.Database,
  scenario: Scenario,
  reps: { raw: number; naive: number },
): Promise<Baselines> {
  const { zoom, limit, ...query } = withVariant(scenario, 0);
  const filters = incidentFilters.parse(query);
  const statements = apiStatements(sqlite, scenario, filters, zoom, limit);
  const prepared = statements.map((s) => sqlite.prepare(s.sql));
  const runRaw = () => {
    let rows: unknown[] = [];
    prepared.forEach((statement, i) => {
      rows = statement.all(...(statements[i]?.params ?? []));
    });
    return JSON.stringify(rows);
  };
  runRaw();
  const raw = await timeRepeated(reps.raw, runRaw);

  const naiveQuery = drizzle(sqlite).select().from(incidents).where(buildIncidentWhere(filters)).toSQL();
  const naiveStatement = sqlite.prepare(naiveQuery.sql);
  const naiveRows = naiveStatement.all(...naiveQuery.params);
  const naiveJson = Buffer.from(JSON.stringify(naiveRows));
  const naive = await timeRepeated(reps.naive, () =>
    JSON.stringify(naiveStatement.all(...naiveQuery.params)),
  );

  const plans = statements.map((s) =>
    (sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map(
      (r) => r.detail,
    ),
  );
  return {
    raw,
    statements,
    plans,
    naive,
    naiveRows: naiveRows.length,
    naiveBytes: naiveJson.length,
    naiveGzipBytes: gzipSync(naiveJson).length,
  };
}

/** The statements of the route's own read plan (the batch it sends D1), as SQL. */
function apiStatements(
  sqlite: Database.Database,
  scenario: Scenario,
  filters: ReturnType<typeof incidentFilters.parse>,
  zoom: string[] | undefined,
  limit: string[] | undefined,
): Statement[] {
  // The plans are typed for D1's drizzle; the better-sqlite3 driver builds the same SQL.
  const db = drizzle(sqlite) as unknown as Db;
  const plan =
    scenario.path === "/api/map"
      ? planMapData(db, filters, Number(zoom?.[0] ?? 2))
      : planListIncidents(db, filters, { limit: Number(limit?.[0] ?? 50), after: null });
  return plan.statements.map((statement) => {
    const { sql, params } = (statement as unknown as { toSQL(): Statement }).toSQL();
    return { sql, params };
  });
}
