/**
 * The moderation API's bodies as the console reads them (paths and shapes of the shared
 * contract: auth, reports, incidents, admin). Optional members are the ones the contract leaves
 * open; the views show what is there and never rely on more.
 */
import type { AccountUser, UserRole } from "../../../../worker/domain/accounts/roles";
import type { PublicIncident } from "../../../../worker/domain/public-incident";
import type { ReportStatus } from "../../../../worker/domain/reports/report-decisions";
import type { ReportDiffEntry } from "../../../../worker/domain/reports/report-diff";
import type { ProblemBody } from "../../../../worker/lib/problem";

export type { ProblemBody, ReportStatus };
export type Role = UserRole;
export type User = AccountUser;

/** The queue's filter, in the order a moderator works through it. */
export const reportStatuses: readonly ReportStatus[] = [
  "pending",
  "published",
  "applied",
  "merged",
  "rejected",
  "spam",
];

/** The incident a report proposes: the incident input, without `id`. */
export type ProposedIncident = Record<string, unknown> & { title?: string; organisationName?: string };

export type ReportSummary = {
  id: string;
  kind: "new" | "correction";
  status: ReportStatus;
  incidentId?: string | null;
  title?: string | null;
  organisationName?: string | null;
  createdAt?: string;
  submittedAt?: string;
  version?: number;
  etag?: string;
};

export type Report = ReportSummary & {
  payload?: ProposedIncident;
  incident?: ProposedIncident;
  creditName?: string | null;
  contributorRole?: string | null;
  decisionReason?: string | null;
  resultingIncidentId?: string | null;
  decidedAt?: string | null;
};

export type DuplicateSignal = "source_url" | "organisation_name" | "date_place";
export type PossibleDuplicate = {
  id: string;
  title: string;
  organisationName: string;
  date: string;
  country: string | null;
  signals: DuplicateSignal[];
};

export type DiffEntry = ReportDiffEntry;

export type ReportDetail = {
  report: Report;
  duplicates: PossibleDuplicate[];
  /** The incident a correction would change; null for a new incident. */
  target:
    | (Record<string, unknown> & {
        id: string;
        title: string | null;
        titleFr?: string | null;
        revision?: number;
      })
    | null;
  diff: DiffEntry[];
};

export type ReportPage = { items: ReportSummary[]; nextCursor: string | null };

/** `GET /api/moderation/incidents/:id` answers the public record (with its ETag). */
export type ModerationIncident = PublicIncident;

export type ManagedUser = User & {
  disabled?: boolean;
  disabledAt?: string | null;
  status?: string;
  createdAt?: string;
  lastLoginAt?: string | null;
};

export type AuditEntry = Record<string, unknown> & {
  id?: string | number;
  action?: string;
  at?: string;
  createdAt?: string;
  actor?: string | { email?: string; id?: string } | null;
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
};
