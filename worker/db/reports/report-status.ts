import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { incidents, reports } from "../schema";

/** What the contributor's status page may know of a report, and the hash its token must match. */
export async function findReportStatus(db: Db, id: string) {
  const [row] = await db
    .select({
      id: reports.id,
      kind: reports.kind,
      status: reports.status,
      incidentId: reports.incidentId,
      resultingIncidentId: reports.resultingIncidentId,
      decisionReason: reports.decisionReason,
      createdAt: reports.createdAt,
      decidedAt: reports.decidedAt,
      statusTokenHash: reports.statusTokenHash,
    })
    .from(reports)
    .where(eq(reports.id, id));
  return row ?? null;
}

/** Whether a correction's target is an incident that can still be corrected. */
export async function isPublishedIncident(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ status: incidents.status }).from(incidents).where(eq(incidents.id, id));
  return row?.status === "published";
}
