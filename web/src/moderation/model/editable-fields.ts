/**
 * The fields a moderator edits on a published incident, and how a form's text becomes each
 * field's value: an empty optional field is null (unknown), never "" or 0.
 */
import type { EnumerationName } from "../../api/client";

export type EditableField =
  | { field: string; kind: "text"; required: boolean; max: number }
  | { field: string; kind: "textarea"; required: boolean; max: number }
  | { field: string; kind: "count" }
  | { field: string; kind: "date" }
  | { field: string; kind: "enum"; enumeration: EnumerationName };

export const editableFields: readonly EditableField[] = [
  // Either language may be missing until a moderator writes it; the original never is (server).
  { field: "title", kind: "text", required: false, max: 200 },
  { field: "summary", kind: "textarea", required: false, max: 4000 },
  { field: "titleFr", kind: "text", required: false, max: 200 },
  { field: "summaryFr", kind: "textarea", required: false, max: 4000 },
  { field: "verification", kind: "enum", enumeration: "verification" },
  { field: "organisationName", kind: "text", required: true, max: 200 },
  { field: "thirdPartyName", kind: "text", required: false, max: 200 },
  { field: "city", kind: "text", required: false, max: 120 },
  { field: "occurredOn", kind: "date" },
  { field: "discoveredOn", kind: "date" },
  { field: "disclosedOn", kind: "date" },
  { field: "threatActor", kind: "text", required: false, max: 120 },
  { field: "individualsAffected", kind: "count" },
];

/** The form's text for a field's stored value. */
export function formText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** A field's value from the form's text; the server validates it again. */
export function fieldValue(spec: EditableField, text: string): unknown {
  const trimmed = text.trim();
  if (spec.kind === "count") {
    if (trimmed === "") return null;
    const n = Number(trimmed.replace(/[\s\u00a0\u202f,.]/g, ""));
    return Number.isSafeInteger(n) ? n : trimmed;
  }
  if (
    trimmed === "" &&
    !(spec.kind === "text" || spec.kind === "textarea" ? spec.required : spec.kind === "enum")
  ) {
    return null;
  }
  return trimmed;
}
