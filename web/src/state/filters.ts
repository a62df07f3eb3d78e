/**
 * The incident filters as the URL and the API spell them. The parameter names are checked
 * against the worker's own filter schema at compile time, so a renamed API parameter breaks the
 * build instead of silently filtering nothing.
 */
import type { incidentFilterShape } from "../../../worker/api/incident-filters";
import type { AttackType, OrganisationType, Verification } from "../../../worker/domain/enums";

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

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const patterns = {
  key: /^[a-z_]{1,40}$/,
  date: datePattern,
  minAffected: /^\d{1,12}$/,
  country: /^[A-Z]{2}$/,
  subdivision: /^[A-Z]{2}-[A-Z0-9]{1,3}$/,
};

/**
 * Reads filters from query parameters, dropping values of the wrong shape. Enumeration keys are
 * checked only for their form: the API, which owns the vocabularies, rejects unknown ones.
 */
export function filtersFromParams(params: URLSearchParams): Filters {
  const keys = <K extends string>(name: string) =>
    [...new Set(params.getAll(name).filter((v) => patterns.key.test(v)))] as K[];
  const one = (name: string, pattern: RegExp, transform = (v: string) => v) => {
    const value = params.get(name);
    return value !== null && pattern.test(transform(value)) ? transform(value) : undefined;
  };
  const filters: Filters = {
    type: keys<AttackType>("type"),
    orgType: keys<OrganisationType>("orgType"),
    verification: keys<Verification>("verification"),
  };
  const from = one("from", patterns.date);
  const to = one("to", patterns.date);
  const minAffected = one("minAffected", patterns.minAffected);
  const q = params.get("q")?.trim().slice(0, 200);
  const country = one("country", patterns.country, (v) => v.toUpperCase());
  const subdivision = one("subdivision", patterns.subdivision, (v) => v.toUpperCase());
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (minAffected !== undefined) filters.minAffected = Number(minAffected);
  if (q) filters.q = q;
  if (country) filters.country = country;
  if (subdivision) filters.subdivision = subdivision;
  return filters;
}

/** Whether a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) has the form the API accepts. */
export function isPartialDate(value: string): boolean {
  return patterns.date.test(value);
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
