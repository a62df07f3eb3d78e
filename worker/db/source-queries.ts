import { asc, eq } from "drizzle-orm";
import type { Db } from "./client";
import { incidentSources } from "./schema";

/**
 * An incident's sources as the public record and the write layer both read them: the public
 * fields, in the order they are cited. A query builder, so callers put it in their batch.
 */
export function selectIncidentSources(db: Db, incidentId: string) {
  return db
    .select({
      url: incidentSources.url,
      title: incidentSources.title,
      publisher: incidentSources.publisher,
      publishedOn: incidentSources.publishedOn,
      accessedOn: incidentSources.accessedOn,
      kind: incidentSources.kind,
    })
    .from(incidentSources)
    .where(eq(incidentSources.incidentId, incidentId))
    .orderBy(asc(incidentSources.position));
}
