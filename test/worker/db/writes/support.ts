import { env } from "cloudflare:workers";
import { eq, sql } from "drizzle-orm";
import { getDb } from "../../../../worker/db/client";
import { incidentRevisions, incidentSources, incidents } from "../../../../worker/db/schema";
import { createAssetBoundarySource } from "../../../../worker/geo/asset-boundary-source";

export const db = getDb(env);
export const boundaries = createAssetBoundarySource(env.ASSETS);

/** A statement that always fails, to show that a batch commits all or nothing. */
export const failingStatement = () => db.run(sql`INSERT INTO table_that_does_not_exist VALUES (1)`);

/** What is stored for one incident: its row, its revisions (oldest first), its sources. */
export async function storedIncident(id: string) {
  const [rows, revisions, sources] = await db.batch([
    db.select().from(incidents).where(eq(incidents.id, id)),
    db
      .select()
      .from(incidentRevisions)
      .where(eq(incidentRevisions.incidentId, id))
      .orderBy(incidentRevisions.revision),
    db
      .select()
      .from(incidentSources)
      .where(eq(incidentSources.incidentId, id))
      .orderBy(incidentSources.position),
  ]);
  return { row: rows[0] ?? null, revisions, sources };
}
