/**
 * The incident filters as the URL and the API spell them. The parameter names are checked
 * against the worker's own filter schema at compile time, so a renamed API parameter breaks the
 * build instead of silently filtering nothing; the values are checked by the worker's own format
 * rules (plain functions and patterns, no zod), so a URL keeps exactly what the API accepts.
 */
import type { incidentFilterShape } from "../../../worker/api/incident-filters";
import type { AttackType, OrganisationType, Verification } from "../../../worker/domain/enums";
import { isPartialDate } from "../../../worker/domain/partial-date";
import {
  countryCodePattern,
  peopleCountPattern,
  subdivisionCodePattern,
} from "../../../worker/domain/place-codes";

export { isPartialDate };

type ApiFilterName = keyof typeof incidentFilterShape;

export type Filters = {
  type: AttackType[];
  orgType: OrganisationType[];
  verification: Verification[];
  from?: string;
  to?: string;
  minAffected?: number;
  q?: string;
  country?: string;
  subdivision?: string;
};

/** The filter parameters in the order a URL writes them. `bbox` belongs to the map's requests. */
export const filterParams = [
  "type",
  "orgType",
  "verification",
  "from",
  "to",
  "minAffected",
  "q",
  "country",
  "subdivision",
] as const satisfies readonly (keyof Filters & ApiFilterName)[];

export function emptyFilters(): Filters {
  return { type: [], orgType: [], verification: [] };
}

/**
 * Writes filters as the API's query parameters, repeated ones once per value.
 * @example filtersToParams({ ...emptyFilters(), type: ["ddos", "phishing"], country: "FR" }).toString()
 *   // "type=ddos&type=phishing&country=FR"
 */
export function filtersToParams(filters: Filters, into = new URLSearchParams()): URLSearchParams {
  for (const name of filterParams) {
    const value = filters[name];
    if (Array.isArray(value)) for (const item of value) into.append(name, item);
    else if (value !== undefined) into.append(name, String(value));
  }
  return into;
}

/** Enumeration keys are checked only for their form: the API, which owns the vocabularies, rejects unknown ones. */
const enumerationKeyPattern = /^[a-z_]{1,40}$/;

/** Reads filters from query parameters, dropping values the API would refuse. */
export function filtersFromParams(params: URLSearchParams): Filters {
  const keys = <K extends string>(name: string) =>
    [...new Set(params.getAll(name).filter((v) => enumerationKeyPattern.test(v)))] as K[];
  const one = (name: string, accepts: (value: string) => boolean, transform = (v: string) => v) => {
    const value = params.get(name);
    return value !== null && accepts(value) ? transform(value) : undefined;
  };
  const upper = (value: string) => value.toUpperCase();
  const filters: Filters = {
    type: keys<AttackType>("type"),
    orgType: keys<OrganisationType>("orgType"),
    verification: keys<Verification>("verification"),
  };
  const from = one("from", isPartialDate);
  const to = one("to", isPartialDate);
  const minAffected = one("minAffected", (v) => peopleCountPattern.test(v));
  const q = params.get("q")?.trim().slice(0, 200);
  const country = one("country", (v) => countryCodePattern.test(v), upper);
  const subdivision = one("subdivision", (v) => subdivisionCodePattern.test(v), upper);
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (minAffected !== undefined) filters.minAffected = Number(minAffected);
  if (q) filters.q = q;
  if (country) filters.country = country;
  if (subdivision) filters.subdivision = subdivision;
  return filters;
}

/** The same filters without the place: what a choropleth of every region must count. */
export function withoutPlace(filters: Filters): Filters {
  const { country: _country, subdivision: _subdivision, ...rest } = filters;
  return rest;
}

/** A stable key of a set of filters, to tell whether loaded data still matches them. */
export function filtersKey(filters: Filters): string {
  return filtersToParams(filters).toString();
}
