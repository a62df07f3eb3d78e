/**
 * The audit log: every moderation and admin action, who did it, when, and the record before and
 * after. Rows are written in the same batch as the change they describe and never updated.
 * Part of the one schema (re-exported by schema.ts).
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    /** The user who acted; null for an operator at the command line (`npm run admin:create`). */
    actorId: text("actor_id"),
    /** e.g. `report.publish`, `incident.retract`, `user.disable`. */
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    reason: text("reason"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [index("audit_log_target").on(t.targetType, t.targetId, t.id)],
);

export type AuditRow = typeof auditLog.$inferSelect;
