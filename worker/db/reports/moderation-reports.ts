import { and, asc, desc, eq, gt, lt, or, type SQL } from "drizzle-orm";
import { textFor } from "../../domain/incident-text";
import type { ReportStatus } from "../../domain/reports/report-decisions";
import type { Db } from "../client";
import { incidents, type ReportRow, reports } from "../schema";

/** A report as moderators see it: everything but the secrets (IP hash, status token hash). */
export type ModerationReport = Omit<ReportRow, "ipHash" | "statusTokenHash"> & {
  /** The proposed title, in English when written, else in French (the queue shows either). */
  title: string;
  organisationName: string;
  /** The revision of the incident a correction targets, when it exists: part of the ETag. */
  targetRevision: number | null;
};

/** The same, as the audit log records it: without the contributor's private contact either. */
export type AuditedReport = Omit<ModerationReport, "contactEmail">;

export type ReportCursor = { createdAt: string; id: string };

const withTarget = {
  report: reports,
  targetRevision: incidents.revision,
};

function toModerationReport(row: { report: ReportRow; targetRevision: number | null }): ModerationReport {
  const { ipHash: _ip, statusTokenHash: _token, ...report } = row.report;
  return {
    ...report,
    title: textFor(report.payload, "en").title,
    organisationName: report.payload.organisationName,
    targetRevision: row.targetRevision,
  };
}

export function toAuditedReport(report: ModerationReport): AuditedReport {
  const { contactEmail: _email, ...rest } = report;
  return rest;
}

export async function findModerationReport(db: Db, id: string): Promise<ModerationReport | null> {
  const [row] = await db
    .select(withTarget)
    .from(reports)
    .leftJoin(incidents, eq(incidents.id, reports.incidentId))
    .where(eq(reports.id, id))
    .limit(1);
  return row ? toModerationReport(row) : null;
}

/**
 * One page of the queue. Pending reports come oldest first (first come, first decided); decided
 * ones newest first (what was just done). Reads `limit + 1` rows to know whether more exist.
 */
export async function listModerationReports(
  db: Db,
  query: { status: ReportStatus; limit: number; after: ReportCursor | null },
): Promise<{ items: ModerationReport[]; hasMore: boolean }> {
  const oldestFirst = query.status === "pending";
  const where: (SQL | undefined)[] = [eq(reports.status, query.status)];
  if (query.after) {
    const { createdAt, id } = query.after;
    const beyond = oldestFirst ? gt : lt;
    where.push(
      or(beyond(reports.createdAt, createdAt), and(eq(reports.createdAt, createdAt), beyond(reports.id, id))),
    );
  }
  const order = oldestFirst ? asc : desc;
  const rows = await db
    .select(withTarget)
    .from(reports)
    .leftJoin(incidents, eq(incidents.id, reports.incidentId))
    .where(and(...where))
    .orderBy(order(reports.createdAt), order(reports.id))
    .limit(query.limit + 1);
  return { items: rows.slice(0, query.limit).map(toModerationReport), hasMore: rows.length > query.limit };
}
