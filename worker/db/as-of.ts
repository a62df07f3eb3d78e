/**
 * The dataset as it stood at an instant, rebuilt from the revision snapshots. Common table
 * expressions named like the tables shadow them (SQLite resolves a CTE name before a schema
 * table), so the filters of `incident-where.ts` apply unchanged to the past.
 *
 * Limits: the full-text index keeps no history, so `q` cannot be combined with `as_of`; an
 * incident deleted outright (not retracted) left no revision and is not rebuilt; fields added to
 * the record after a revision was written read as null in that revision.
 */
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { attackTypeBits } from "../domain/attack-type-mask";
import { incidents } from "./schema";

/** A snapshot keeps the record, not the index's mask: it is rebuilt from its attack types. */
const maskOfSnapshot = sql`(select coalesce(sum(1 << case t.value ${sql.join(
  Object.entries(attackTypeBits).map(([type, bit]) => sql`when ${type} then ${sql.raw(String(bit))}`),
  sql` `,
)} end), 0) from json_each(snapshot, '$.attackTypes') t)`;

const snapshotColumns = sql.join(
  Object.entries(getTableColumns(incidents)).map(([key, column]) =>
    // Revisions written before the original-language migration were all in English.
    key === "originalLanguage"
      ? sql`coalesce(json_extract(snapshot, '$.originalLanguage'), 'en') as ${sql.identifier(column.name)}`
      : key === "attackTypeMask"
        ? sql`${maskOfSnapshot} as ${sql.identifier(column.name)}`
        : sql`json_extract(snapshot, ${`$.${key}`}) as ${sql.identifier(column.name)}`,
  ),
  sql`, `,
);

/** `WITH …` shadowing incidents, their attack types and their sources as of `asOf` (ISO, UTC). */
export function asOfTables(asOf: string): SQL {
  return sql`with snapshots as (
    select r.incident_id, r.snapshot from incident_revisions r
    where r.revision = (
      select max(r2.revision) from incident_revisions r2
      where r2.incident_id = r.incident_id and r2.created_at <= ${asOf}
    )
  ),
  incidents as (select ${snapshotColumns} from snapshots),
  incident_attack_types as (
    select s.incident_id as incident_id, t.value as attack_type
    from snapshots s, json_each(s.snapshot, '$.attackTypes') t
  ),
  incident_sources as (
    select s.incident_id as incident_id, j.key as position,
      json_extract(j.value, '$.url') as url, json_extract(j.value, '$.title') as title,
      json_extract(j.value, '$.publisher') as publisher,
      json_extract(j.value, '$.publishedOn') as published_on,
      json_extract(j.value, '$.accessedOn') as accessed_on, json_extract(j.value, '$.kind') as kind
    from snapshots s, json_each(s.snapshot, '$.sources') j
  )`;
}
