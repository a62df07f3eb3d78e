/**
 * The field-level comparison of a report with the incident it would change, as the console
 * shows it: one row per field in the record's own order, whether the report changes it, and
 * which changes the moderator has ticked to apply. Pure, so that it is tested without a DOM.
 */
import type { DiffEntry } from "../api/types";

/** The incident's fields in the order a reader meets them on the public page. */
export const incidentFieldOrder = [
  "title",
  "summary",
  "titleFr",
  "summaryFr",
  "originalLanguage",
  "verification",
  "organisationName",
  "organisationType",
  "thirdPartyName",
  "city",
  "inseeCode",
  "latitude",
  "longitude",
  "locationPrecision",
  "occurredOn",
  "occurredPrecision",
  "discoveredOn",
  "discoveredPrecision",
  "disclosedOn",
  "disclosedPrecision",
  "attackTypes",
  "threatActor",
  "assetsHit",
  "individualsAffected",
  "affectedIsEstimate",
  "dataCategories",
  "dataPublishedOnline",
  "dataPublishedOn",
  "careDisruption",
  "disruptionDays",
  "ransomDemanded",
  "ransomPaid",
  "regulatorActions",
  "sources",
] as const;

export type DiffRow = { field: string; current: unknown; proposed: unknown; changed: boolean };

/** Structural equality of JSON values (key order ignored), so `[]` equals `[]`. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The diff as rows, known fields first in the record's order, unknown ones after by name. */
export function diffRows(diff: readonly DiffEntry[]): DiffRow[] {
  const rank = (field: string) => {
    const i = (incidentFieldOrder as readonly string[]).indexOf(field);
    return i === -1 ? incidentFieldOrder.length : i;
  };
  return [...diff]
    .sort((a, b) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field))
    .map(({ field, current, proposed }) => ({
      field,
      current,
      proposed,
      changed: !sameValue(current, proposed),
    }));
}

/** What is ticked when a report opens: every field the report changes. */
export function defaultSelection(rows: readonly DiffRow[]): Set<string> {
  return new Set(rows.filter((r) => r.changed).map((r) => r.field));
}

/** Ticks or unticks one field; a field the report does not change cannot be ticked. */
export function toggleField(
  rows: readonly DiffRow[],
  selection: ReadonlySet<string>,
  field: string,
  on: boolean,
): Set<string> {
  const next = new Set(selection);
  const row = rows.find((r) => r.field === field);
  if (on && row?.changed) next.add(field);
  else next.delete(field);
  return next;
}

/**
 * The body of `POST …/apply` for the ticked fields, in the record's order; null when nothing
 * that changes is ticked, since applying nothing would only make an empty revision.
 */
export function applyBody(
  rows: readonly DiffRow[],
  selection: ReadonlySet<string>,
): { fields: string[] } | null {
  const fields = rows.filter((r) => r.changed && selection.has(r.field)).map((r) => r.field);
  return fields.length ? { fields } : null;
}

/**
 * The changes a moderator's edit makes: only fields whose value differs from what was read,
 * so that a PATCH never rewrites (and never records a revision of) an untouched field.
 */
export function changedFields(
  original: Readonly<Record<string, unknown>>,
  edited: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(edited)) {
    if (!sameValue(original[field], value)) changes[field] = value;
  }
  return changes;
}
