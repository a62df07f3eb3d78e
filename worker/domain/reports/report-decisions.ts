/**
 * A report's life as a small state machine: a pending report is decided once, and each
 * decision leads to one status. A new-incident report is published; a correction is applied;
 * either may be merged into an incident it duplicates, rejected with a reason, or marked spam.
 */
import type { reportKinds, reportStatuses } from "../enums";
import { WriteError } from "../write-errors";

export type ReportKind = (typeof reportKinds.keys)[number];
export type ReportStatus = (typeof reportStatuses.keys)[number];

export const decisions = {
  publish: { to: "published", kinds: ["new"] },
  apply: { to: "applied", kinds: ["correction"] },
  merge: { to: "merged", kinds: ["new", "correction"] },
  reject: { to: "rejected", kinds: ["new", "correction"] },
  spam: { to: "spam", kinds: ["new", "correction"] },
} as const satisfies Record<string, { to: ReportStatus; kinds: readonly ReportKind[] }>;

export type Decision = keyof typeof decisions;

/** The status a decision leads to, or an `invalid_transition` error naming why it cannot be made. */
export function decide(report: { id: string; kind: ReportKind; status: ReportStatus }, decision: Decision) {
  if (report.status !== "pending") {
    throw new WriteError(
      "invalid_transition",
      `Report ${report.id} was already decided: it is ${report.status}.`,
    );
  }
  const rule = decisions[decision];
  if (!(rule.kinds as readonly ReportKind[]).includes(report.kind)) {
    const what = report.kind === "new" ? "a new incident" : "a correction";
    throw new WriteError(
      "invalid_transition",
      `Report ${report.id} proposes ${what}; it cannot be ${rule.to}.`,
    );
  }
  return rule.to;
}
