import type { IncidentRows } from "../domain/incident-rows";
import type { Db } from "./client";
import { incidentAttackTypes, incidentRevisions, incidentSources, incidents } from "./schema";

/**
 * Stores a new published incident with its sources, attack types and first revision in one
 * atomic batch: either all of it is stored or none.
 */
export async function insertIncident(db: Db, rows: IncidentRows): Promise<void> {
  const { incident, sources, attackTypes } = rows;
  await db.batch([
    db.insert(incidents).values(incident),
    db.insert(incidentSources).values(sources),
    db.insert(incidentAttackTypes).values(attackTypes),
    db.insert(incidentRevisions).values({
      incidentId: incident.id,
      revision: 1,
      summary: "Published",
      snapshot: { ...incident, sources },
      createdAt: incident.createdAt,
    }),
  ]);
}
