import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, users } from "../schema";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: "report" | "incident" | "user";
  targetId: string;
  reason?: string | null;
  before: unknown;
  after: unknown;
};

export type AuditItem = {
  id: number;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
};

/**
 * The insert of one audit row, to put in the same batch as the change it records, so that a
 * change is never stored without its audit row, nor an audit row without its change.
 */
export function auditStatement(db: Db, entry: AuditEntry, at: Date = new Date()) {
  return db.insert(auditLog).values({
    at: at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Newest first, `limit` at a time, before the id of the last row of the previous page. */
export async function listAudit(
  db: Db,
  query: { limit: number; beforeId?: number; targetType?: string; targetId?: string; action?: string },
): Promise<{ items: AuditItem[]; hasMore: boolean }> {
  const where: SQL[] = [];
  if (query.beforeId !== undefined) where.push(lt(auditLog.id, query.beforeId));
  if (query.targetType) where.push(eq(auditLog.targetType, query.targetType));
  if (query.targetId) where.push(eq(auditLog.targetId, query.targetId));
  if (query.action) where.push(eq(auditLog.action, query.action));
  const rows = await db
    .select({ entry: auditLog, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit).map(({ entry, actorEmail }) => ({
    id: entry.id,
    at: entry.at,
    actor: entry.actorId ? { id: entry.actorId, email: actorEmail ?? "" } : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reason: entry.reason,
    before: entry.before,
    after: entry.after,
  }));
  return { items, hasMore: rows.length > query.limit };
}
