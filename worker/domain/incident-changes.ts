import type { PointLocation } from "./geo/locate";
import type { IncidentInput } from "./incident-input";

/** One changed field of an incident, as a revision records it and the history shows it. */
export type FieldChange = { field: string; from: unknown; to: unknown };

/**
 * The fields whose value differs between two versions of an incident, in the input's field
 * order. Values compare as JSON with sorted keys, so arrays and objects (sources, ransom)
 * compare by content, whatever order their keys were written in.
 */
export function diffIncidents(before: IncidentInput, after: IncidentInput): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after) as (keyof IncidentInput)[]) {
    if (field === "id") continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) changes.push({ field, from, to });
  }
  return changes;
}

/** The derived place fields that differ between a stored incident and where its point lies now. */
export function placeChanges(stored: PointLocation, place: PointLocation): FieldChange[] {
  return (["country", "subdivision", "department"] as const)
    .filter((field) => stored[field] !== place[field])
    .map((field) => ({ field, from: stored[field], to: place[field] }));
}

/** JSON with object keys sorted, so that two records differing only in key order are equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
