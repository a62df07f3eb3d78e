import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { RegistryRef } from "../domain/registry-ref";
import type { Db } from "./client";
import { incidentRegistryRefs } from "./schema";

/**
 * Statements that link an incident to its records in other registries, for a write's `extra`
 * batch: they commit with the incident and its revision, or not at all. A registry record
 * already linked stays with the incident it names (callers look refs up first).
 */
export function linkRegistryRefs(db: Db, refs: readonly RegistryRef[]) {
  return (incidentId: string): BatchItem<"sqlite">[] =>
    refs.map((ref) =>
      db
        .insert(incidentRegistryRefs)
        .values({ ...ref, incidentId })
        .onConflictDoNothing(),
    );
}

/** The incidents that registry records name, by `registry:ref`. */
export async function findByRegistryRefs(db: Db, refs: readonly RegistryRef[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // One JSON parameter, not `IN (?, ?, …)`: D1 binds at most 100 parameters per statement.
  for (let start = 0; start < refs.length; start += 500) {
    const pairs = JSON.stringify(refs.slice(start, start + 500).map((ref) => [ref.registry, ref.ref]));
    const rows = await db
      .select()
      .from(incidentRegistryRefs)
      .where(
        sql`(${incidentRegistryRefs.registry}, ${incidentRegistryRefs.ref}) in
          (select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(${pairs}))`,
      );
    for (const row of rows) found.set(`${row.registry}:${row.ref}`, row.incidentId);
  }
  return found;
}
