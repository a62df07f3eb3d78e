/**
 * Published incidents as moderators manage them: `GET /api/moderation/incidents/:id` (with its
 * ETag), `PATCH` (edit, with a public reason and optional source) and `POST …/retract`. Writes
 * need `If-Match`; the role check is `requireRole("moderator")` in app.ts.
 */
import { z } from "@hono/zod-openapi";
import { incidentEtag, presentIfMatch, revisionOfEtag, staleError } from "../api/if-match";
import { consoleRoute } from "../api/openapi-responses";
import { incidentIdParams } from "../api/path-params";
import { refusePersonalData } from "../api/personal-data";
import { readValidBody } from "../api/read-body";
import { asProblem } from "../api/write-problem";
import { incidentAuditStatement } from "../db/audit/incident-audit";
import type { Db } from "../db/client";
import { getIncident } from "../db/incident-queries";
import { retractIncident, updateIncident } from "../db/writes";
import { createAssetBoundarySource } from "../geo/asset-boundary-source";
import { ApiError } from "../lib/problem";
import { createRouter, type SignedInEnv } from "../lib/router";

const reason = z.string().trim().min(1, "Give a reason.").max(1000);

const editBody = z.strictObject({
  changes: z.record(z.string(), z.unknown()),
  reason,
  sourceUrl: z.string().max(2000).nullable().optional(),
});

const retractBody = z.strictObject({ reason });

const request = { params: incidentIdParams };

export const moderationIncidentRoutes = createRouter<SignedInEnv>()
  .openapi(consoleRoute({ method: "get", path: "/{id}", request }), async function readIncident(c) {
    const incident = await getIncident(c.var.db, c.req.valid("param").id);
    if (!incident) throw new ApiError("not_found", "No incident has this id.");
    c.header("etag", incidentEtag(incident.revision));
    return c.json(incident);
  })
  .openapi(consoleRoute({ method: "patch", path: "/{id}", request }), async function editIncident(c) {
    const { id } = c.req.valid("param");
    const expectedRevision = expectedRevisionOf(c);
    const body = await readValidBody(c, editBody);
    refusePersonalData(body);
    const db = c.var.db;
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
  .openapi(consoleRoute({ method: "post", path: "/{id}/retract", request }), async function retract(c) {
    const { id } = c.req.valid("param");
    const expectedRevision = expectedRevisionOf(c);
    const body = await readValidBody(c, retractBody);
    refusePersonalData(body);
    const db = c.var.db;
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

/**
 * The revision the moderator read, from If-Match: 428 without it, 412 when it names none. The
 * write layer then compares it with the stored revision atomically, in its batch.
 */
function expectedRevisionOf(c: Parameters<typeof presentIfMatch>[0]): number {
  const revision = revisionOfEtag(presentIfMatch(c));
  if (revision === null) throw staleError();
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
