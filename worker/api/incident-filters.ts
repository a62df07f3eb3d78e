/**
 * The filters shared by every public read of incidents (`/api/incidents`, `/api/map`,
 * `/api/stats`): one definition, so that a link's filters mean the same thing everywhere.
 */
import { z } from "zod";
import { attackTypes, organisationTypes, verificationStatuses } from "../domain/enums";
import { countryCodePattern, peopleCountPattern, subdivisionCodePattern } from "../domain/place-codes";
import { boundingBox, partialDate, repeated, single } from "./query-params";

/** ISO 3166-1 alpha-2, either case; the same rule for the `country` filter and the path. */
export const countryCode = z
  .string()
  .regex(countryCodePattern, "Expected an ISO 3166-1 alpha-2 country code, e.g. FR.")
  .transform((code) => code.toUpperCase());

export const subdivisionCode = z
  .string()
  .regex(subdivisionCodePattern, "Expected an ISO 3166-2 code, e.g. FR-ARA or FR-69.")
  .transform((code) => code.toUpperCase());

export const incidentFilterShape = {
  bbox: single(boundingBox).optional(),
  country: single(countryCode).optional(),
  subdivision: single(subdivisionCode).optional(),
  type: repeated(attackTypes.keys).optional(),
  orgType: repeated(organisationTypes.keys).optional(),
  verification: repeated(verificationStatuses.keys).optional(),
  from: single(partialDate("start")).optional(),
  to: single(partialDate("end")).optional(),
  minAffected: single(
    z.string().regex(peopleCountPattern, "Expected a whole number of people, 0 or more.").transform(Number),
  ).optional(),
  q: single(
    z.string().trim().min(1, "Type at least one character.").max(200, "At most 200 characters."),
  ).optional(),
};

/** Rejects a date range that ends before it starts. */
function checkDateRange(filters: { from?: unknown; to?: unknown }, ctx: z.RefinementCtx) {
  const { from, to } = filters;
  if (typeof from === "string" && typeof to === "string" && from > to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "`to` is before `from`." });
  }
}

/**
 * The query schema of a read endpoint: the shared filters plus the endpoint's own parameters.
 * Unknown parameters are refused, so that a typo (`tpye=`) is an error rather than no filter.
 */
export function filteredQuery<const Extra extends z.ZodRawShape>(extra: Extra) {
  return z
    .object({ ...incidentFilterShape, ...extra })
    .strict()
    .superRefine(checkDateRange);
}

export const incidentFilters = filteredQuery({});

export type IncidentFilters = z.output<typeof incidentFilters>;
