/** The audit log for admins: `GET /api/admin/audit`, newest first. */
import { z } from "@hono/zod-openapi";
import { consoleRoute } from "../api/openapi-responses";
import { single } from "../api/query-params";
import { listAudit } from "../db/audit/audit-log";
import { createRouter, type SignedInEnv } from "../lib/router";

const wholeNumber = z
  .string()
  .regex(/^\d{1,12}$/, "Expected a whole number.")
  .transform(Number);

const auditQuery = z.strictObject({
  limit: single(wholeNumber.pipe(z.number().min(1, "At least 1.").max(200, "At most 200."))).optional(),
  cursor: single(wholeNumber).optional(),
  targetType: single(z.enum(["report", "incident", "user"])).optional(),
  targetId: single(z.string().min(1).max(100)).optional(),
  action: single(z.string().regex(/^[a-z_]+\.[a-z_]+$/, "Expected e.g. report.publish.")).optional(),
});

export const adminAuditRoutes = createRouter<SignedInEnv>().openapi(
  consoleRoute({ method: "get", path: "/", request: { query: auditQuery } }),
  async function listAuditLog(c) {
    const { limit = 50, cursor, ...filters } = c.req.valid("query");
    const page = await listAudit(c.var.db, { limit, beforeId: cursor, ...filters });
    const last = page.items.at(-1);
    return c.json({ items: page.items, nextCursor: page.hasMore && last ? String(last.id) : null });
  },
);
