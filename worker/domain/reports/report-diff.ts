/**
 * The field-level comparison of a report with the incident it would change: one entry per field
 * the report proposes, with the incident's current value (null for a new incident), so that a
 * moderator sees the report side by side with the record and chooses what to apply.
 */
export type ReportDiffEntry = { field: string; current: unknown; proposed: unknown };

export function reportDiff(
  proposed: Record<string, unknown>,
  current: Record<string, unknown> | null,
): ReportDiffEntry[] {
  return Object.entries(proposed)
    .filter(([field]) => field !== "id")
    .map(([field, value]) => ({ field, current: current?.[field] ?? null, proposed: value ?? null }));
}

/** The fields whose proposed value differs from the current one (compared as JSON). */
export function changedFields(diff: readonly ReportDiffEntry[]): string[] {
  return diff
    .filter((entry) => JSON.stringify(entry.current) !== JSON.stringify(entry.proposed))
    .map((entry) => entry.field);
}
