/**
 * A contributor's report, as `POST /api/reports` accepts it: a proposed incident (new, or a
 * correction of `incidentId`) with the same fields and limits as the incident input, but no
 * id, and nothing unknown anywhere. Intake-only fields (Turnstile token, honeypot) are not part
 * of what is stored.
 */
import { z } from "zod";
import { contributorRoles } from "./enums";
import { incidentFields, incidentRules } from "./incident-input";

export const reportIncident = incidentFields.omit({ id: true }).strict().superRefine(incidentRules);

export const reportInput = z.strictObject({
  incident: reportIncident,
  /** Present for a correction: the incident it corrects. */
  incidentId: incidentFields.shape.id.optional(),
  /** Public, shown as the credit only because the contributor gave it. */
  creditName: z.string().trim().min(1).max(120).nullable().optional(),
  /** Private: for the moderators' questions, never public. */
  contactEmail: z.email({ error: "Expected an e-mail address." }).max(254).nullable().optional(),
  contributorRole: z.enum(contributorRoles.keys),
  /** Turnstile's one-time token (at most 2048 characters, per Cloudflare's documentation). */
  turnstileToken: z.string().min(1).max(2048).optional(),
  /** The honeypot: people never see it, so a filled one is a robot. */
  website: z.string().max(500).optional(),
});

export type ReportInput = z.output<typeof reportInput>;
export type ReportPayload = z.output<typeof reportIncident>;

/** The report as stored and compared for idempotency: without the one-time and trap fields. */
export function storedPart(report: ReportInput) {
  const { turnstileToken: _token, website: _website, ...rest } = report;
  return rest;
}
