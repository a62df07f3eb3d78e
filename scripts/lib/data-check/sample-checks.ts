/**
 * The checks `npm run data:check` runs over the sample incidents before anyone proposes data
 * (issue 8): each returns the problems it finds, as "id: what is wrong", and reads nothing but
 * its arguments, so that a test can give it one bad entry at a time.
 */
import { countryOfPoint } from "../../../worker/domain/geo/country-of-point";
import { type IncidentInput, sampleIncidentInput } from "../../../worker/domain/incident-input";

/** A sample entry as it stands in the file: the input plus the country it claims. */
export type SampleEntry = IncidentInput & { countryHint?: string };

/** A weak source: a host (and its subdomains), optionally only URLs containing a fragment. */
export interface WeakDomain {
  domain: string;
  urlContains: string | null;
  reason: string;
}

/** A URL that several incidents may cite, with the reason (one article covering two attacks). */
export interface SharedSource {
  url: string;
  reason: string;
}

export interface CheckContext {
  /** Today, YYYY-MM-DD: nothing is dated after it. */
  today: string;
  weakDomains: readonly WeakDomain[];
  sharedSources: readonly SharedSource[];
}

type Check = (entries: readonly unknown[], context: CheckContext) => string[];

const DATE_ORDER = ["occurred", "discovered", "disclosed"] as const;

/** Parses with the sample schema; the other checks only see entries that pass. */
export function checkSchema(entries: readonly unknown[]): string[] {
  return entries.flatMap((entry, index) => {
    const result = sampleIncidentInput.safeParse(entry);
    const id = (entry as { id?: unknown }).id ?? `#${index}`;
    return (result.error?.issues ?? []).map((issue) => `${id}: /${issue.path.join("/")} ${issue.message}`);
  });
}

/** occurred ≤ discovered ≤ disclosed, compared at the coarser precision of each pair. */
export function checkDateOrder(entries: readonly SampleEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const dated = DATE_ORDER.flatMap((name) => {
      const on = entry[`${name}On`];
      const precision = entry[`${name}Precision`];
      return on && precision ? [{ name, on, precision }] : [];
    });
    for (let i = 0; i < dated.length; i += 1) {
      for (let j = i + 1; j < dated.length; j += 1) {
        const [earlier, later] = [dated[i], dated[j]] as [(typeof dated)[0], (typeof dated)[0]];
        const length = Math.min(precisionLength(earlier.precision), precisionLength(later.precision));
        if (earlier.on.slice(0, length) > later.on.slice(0, length)) {
          problems.push(`${entry.id}: ${earlier.name} ${earlier.on} is after ${later.name} ${later.on}`);
        }
      }
    }
  }
  return problems;
}

function precisionLength(precision: string): number {
  return precision === "year" ? 4 : precision === "month" ? 7 : 10;
}

/** No date of the incident, of its data, of a regulator action or of a source after today. */
export function checkNoFutureDates(entries: readonly SampleEntry[], { today }: CheckContext): string[] {
  return entries.flatMap((entry) => {
    const dates: [string, string | null | undefined][] = [
      ["occurredOn", entry.occurredOn],
      ["discoveredOn", entry.discoveredOn],
      ["disclosedOn", entry.disclosedOn],
      ["dataPublishedOn", entry.dataPublishedOn],
      ...entry.regulatorActions.map((a, i): [string, string | null] => [
        `regulatorActions/${i}/date`,
        a.date,
      ]),
      ...entry.sources.flatMap((s, i): [string, string | null | undefined][] => [
        [`sources/${i}/publishedOn`, s.publishedOn],
        [`sources/${i}/accessedOn`, s.accessedOn],
      ]),
    ];
    return dates
      .filter(([, on]) => on && on > today)
      .map(([name, on]) => `${entry.id}: ${name} ${on} is in the future`);
  });
}

/** The point lies in the country the entry claims, and a city-level point names its city. */
export function checkPlace(entries: readonly SampleEntry[]): string[] {
  return entries.flatMap((entry) => {
    const problems: string[] = [];
    const country = countryOfPoint(entry.longitude, entry.latitude);
    if (entry.countryHint && country !== entry.countryHint) {
      problems.push(`${entry.id}: the point lies in ${country ?? "no country"}, not ${entry.countryHint}`);
    }
    if ((entry.locationPrecision === "city" || entry.locationPrecision === "exact") && !entry.city) {
      problems.push(`${entry.id}: a ${entry.locationPrecision}-level position names no city`);
    }
    return problems;
  });
}

/**
 * A count of people needs a source that is not the attacker's own claim (unless the incident
 * is recorded as a claim), and a regulator action needs the regulator: its own URL or a
 * source of kind `regulator`.
 */
export function checkBackedFigures(entries: readonly SampleEntry[]): string[] {
  return entries.flatMap((entry) => {
    const problems: string[] = [];
    const kinds = new Set(entry.sources.map((source) => source.kind));
    const independent = [...kinds].some((kind) => kind !== "actor_claim");
    if (entry.individualsAffected !== null && !independent && entry.verification !== "claimed_by_actor") {
      problems.push(`${entry.id}: individualsAffected rests on the attacker's claim alone`);
    }
    entry.regulatorActions.forEach((action, i) => {
      if (!action.url && !kinds.has("regulator")) {
        problems.push(`${entry.id}: regulatorActions/${i} (${action.authority}) cites no regulator source`);
      }
    });
    return problems;
  });
}

/** No source from the list of weak domains kept in the project. */
export function checkWeakSources(entries: readonly SampleEntry[], { weakDomains }: CheckContext): string[] {
  return entries.flatMap((entry) =>
    entry.sources.flatMap((source) => {
      const host = new URL(source.url).hostname.replace(/^www\./, "");
      const weak = weakDomains.find(
        (w) =>
          (host === w.domain || host.endsWith(`.${w.domain}`)) &&
          (w.urlContains === null || source.url.includes(w.urlContains)),
      );
      return weak ? [`${entry.id}: ${source.url} is a weak source (${weak.reason})`] : [];
    }),
  );
}

/** A URL cited by two incidents is listed, with its reason, among the shared sources. */
export function checkSharedUrls(entries: readonly SampleEntry[], { sharedSources }: CheckContext): string[] {
  const citedBy = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const source of entry.sources) {
      citedBy.set(source.url, (citedBy.get(source.url) ?? new Set()).add(entry.id));
    }
  }
  const explained = new Set(sharedSources.map((shared) => shared.url));
  return [...citedBy]
    .filter(([url, ids]) => ids.size > 1 && !explained.has(url))
    .map(([url, ids]) => `${[...ids].join(", ")}: all cite ${url}, and no shared-source entry says why`);
}

/** An id starts with the entry's country and the year of one of its dates: `fr-2021-…`. */
export function checkIds(entries: readonly SampleEntry[]): string[] {
  return entries.flatMap((entry) => {
    const [country, year] = entry.id.split("-");
    const years = DATE_ORDER.map((name) => entry[`${name}On`]?.slice(0, 4)).filter(Boolean);
    const problems: string[] = [];
    if (entry.countryHint && country !== entry.countryHint.toLowerCase()) {
      problems.push(`${entry.id}: the id's country is not ${entry.countryHint}`);
    }
    if (!years.includes(year))
      problems.push(`${entry.id}: the id's year is none of its dates' (${years.join(", ")})`);
    return problems;
  });
}

/** Every check over a sample file's entries; the schema first, the rest on valid entries. */
export function checkSample(entries: readonly unknown[], context: CheckContext): string[] {
  const schemaProblems = checkSchema(entries);
  const valid = entries.filter((entry) => sampleIncidentInput.safeParse(entry).success) as SampleEntry[];
  const checks: Check[] = [
    checkDateOrder,
    checkNoFutureDates,
    checkPlace,
    checkBackedFigures,
    checkWeakSources,
    checkSharedUrls,
    checkIds,
  ] as Check[];
  return [...schemaProblems, ...checks.flatMap((check) => check(valid, context))];
}
