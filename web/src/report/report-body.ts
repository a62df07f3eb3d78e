/**
 * The body of `POST /api/reports`, and the personal data the server would refuse in it, found
 * by the server's own module (`worker/domain/pii`) before anything is sent.
 */
import { type PersonalDataKind, scanForPersonalData } from "../../../worker/domain/pii";
import { type ReportDraft, toIncident } from "./draft";
import { fieldKeyOf } from "./field-keys";

export function toReportBody(draft: ReportDraft, turnstileToken: string | null) {
  return {
    incident: toIncident(draft),
    ...(draft.correctionOf ? { incidentId: draft.correctionOf } : {}),
    ...(draft.creditName.trim() ? { creditName: draft.creditName.trim() } : {}),
    ...(draft.contactEmail.trim() ? { contactEmail: draft.contactEmail.trim() } : {}),
    contributorRole: draft.contributorRole,
    ...(turnstileToken ? { turnstileToken } : {}),
    website: draft.website,
  };
}

/** The fields holding what looks like personal data, and its kind; e-mail allowed in the contact field only. */
export function personalDataByField(draft: ReportDraft): Map<string, PersonalDataKind> {
  const { website: _honeypot, ...body } = toReportBody(draft, null);
  const found = new Map<string, PersonalDataKind>();
  for (const { pointer, kind } of scanForPersonalData(body, { allowEmailAt: ["/contactEmail"] })) {
    const key = fieldKeyOf(pointer);
    if (!found.has(key)) found.set(key, kind);
  }
  return found;
}
