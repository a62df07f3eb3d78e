/**
 * Published incidents as moderators manage them: `GET /api/moderation/incidents/:id` (with its
 * ETag), `PATCH` (edit, with a public reason and optional source) and `POST …/retract`. Writes
 * need `If-Match`; the role check is `requireRole("moderator")` in app.ts.
 */
import { Hono } from "hono";
import { z } from "zod";
import { incidentEtag, requireIfMatch, revisionOfEtag, staleError } from "../api/if-match";
import { refusePersonalData } from "../api/personal-data";
import { readValidBody } from "../api/read-body";
import { asProblem } from "../api/write-problem";
import { incidentAuditStatement } from "../db/audit/incident-audit";
import { type Db, getDb } from "../db/client";
import { getIncident } from "../db/incident-queries";
import { retractIncident, updateIncident } from "../db/writes";
import { incidentIdPattern } from "../domain/incident-id";
import { createAssetBoundarySource } from "../geo/asset-boundary-source";
import { ApiError } from "../lib/problem";
import type { SignedInEnv } from "../middleware/require-role";

const reason = z.string().trim().min(1, "Give a reason.").max(1000);

const editBody = z.strictObject({
  changes: z.record(z.string(), z.unknown()),
  reason,
  sourceUrl: z.string().max(2000).nullable().optional(),
});

const retractBody = z.strictObject({ reason });

export const moderationIncidentRoutes = new Hono<SignedInEnv>()
  .get("/:id", async function readIncident(c) {
    const incident = await getIncident(getDb(c.env), validId(c.req.param("id")));
    if (!incident) throw new ApiError("not_found", "No incident has this id.");
    c.header("etag", incidentEtag(incident.revision));
    return c.json(incident);
  })
  .patch("/:id", async function editIncident(c) {
    const id = validId(c.req.param("id"));
    const expectedRevision = expectedRevisionOf(c);
    const body = await readValidBody(c, editBody);
    refusePersonalData(body);
    const db = getDb(c.env);
    const result = await asProblem(
      updateIncident(db, createAssetBoundarySource(c.env.ASSETS), id, body.changes, {
        expectedRevision,
        reason: body.reason,
        sourceUrl: body.sourceUrl ?? null,
        extra: [audit(db, c.var.user.id, "incident.edit", id, body.reason, expectedRevision)],
      }),
      "/changes",
    );
    c.header("etag", incidentEtag(result.revision));
    return c.json(result);
  })
  .post("/:id/retract", async function retract(c) {
    const id = validId(c.req.param("id"));
    const expectedRevision = expectedRevisionOf(c);
    const body = await readValidBody(c, retractBody);
    refusePersonalData(body);
    const db = getDb(c.env);
    const result = await asProblem(
      retractIncident(db, id, {
        expectedRevision,
        reason: body.reason,
        extra: [audit(db, c.var.user.id, "incident.retract", id, body.reason, expectedRevision)],
      }),
    );
    c.header("etag", incidentEtag(result.revision));
    return c.json(result);
  });

function validId(id: string): string {
  if (!incidentIdPattern.test(id)) throw new ApiError("not_found", "No incident has this id.");
  return id;
}

/**
 * The revision the moderator read, from If-Match: 428 without it, 412 when it names none. The
 * write layer then compares it with the stored revision atomically, in its batch.
 */
function expectedRevisionOf(c: Parameters<typeof requireIfMatch>[0]): number {
  const header = c.req.header("if-match")?.trim() ?? "";
  const revision = revisionOfEtag(header);
  if (revision === null) {
    requireIfMatch(c, "");
    throw staleError();
  }
  return revision;
}

function audit(db: Db, actorId: string, action: string, incidentId: string, reason: string, before: number) {
  return incidentAuditStatement(db, {
    actorId,
    action,
    incidentId,
    reason,
    beforeRevision: before,
    afterRevision: before + 1,
  });
}
