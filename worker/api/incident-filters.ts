/**
 * The filters shared by every public read of incidents (`/api/incidents`, `/api/map`,
 * `/api/stats`): one definition, so that a link's filters mean the same thing everywhere.
 */
import { z } from "zod";
import { attackTypes, organisationTypes, verificationStatuses } from "../domain/enums";
import { boundingBox, partialDate, repeated, single } from "./query-params";

export const incidentFilterShape = {
  bbox: single(boundingBox).optional(),
  country: single(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, "Expected an ISO 3166-1 alpha-2 country code, e.g. FR.")
      .transform((code) => code.toUpperCase()),
  ).optional(),
  subdivision: single(
    z
      .string()
      .regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, "Expected an ISO 3166-2 code, e.g. FR-ARA or FR-69.")
      .transform((code) => code.toUpperCase()),
  ).optional(),
  type: repeated(attackTypes.keys).optional(),
  orgType: repeated(organisationTypes.keys).optional(),
  verification: repeated(verificationStatuses.keys).optional(),
  from: single(partialDate("start")).optional(),
  to: single(partialDate("end")).optional(),
  minAffected: single(
    z
      .string()
      .regex(/^\d{1,12}$/, "Expected a whole number of people, 0 or more.")
      .transform(Number),
  ).optional(),
  q: single(
    z.string().trim().min(1, "Type at least one character.").max(200, "At most 200 characters."),
  ).optional(),
};

/** Rejects a date range that ends before it starts. */
export function checkDateRange(
  filters: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (filters.from && filters.to && filters.from > filters.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "`to` is before `from`." });
  }
}

export const incidentFilters = z.object(incidentFilterShape).strict().superRefine(checkDateRange);

export type IncidentFilters = z.output<typeof incidentFilters>;
