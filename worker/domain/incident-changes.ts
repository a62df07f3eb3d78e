import type { IncidentInput } from "./incident-input";

/** One changed field of an incident, as a revision records it and the history shows it. */
export type FieldChange = { field: string; from: unknown; to: unknown };

/**
 * The fields whose value differs between two versions of an incident, in the input's field
 * order. Values compare as JSON, so arrays and objects (sources, ransom) compare by content.
 */
export function diffIncidents(before: IncidentInput, after: IncidentInput): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after) as (keyof IncidentInput)[]) {
    if (field === "id") continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}
