/**
 * "Same organisation, close dates": how an official record is recognised as an incident we
 * already hold, so that it is linked rather than duplicated.
 */

/** Case, accents, punctuation, a leading "the" and legal suffixes do not make another organisation. */
export function organisationKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(the|inc|llc|llp|ltd|corp|corporation|co|pc|pa|plc|company)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A breach reaches HHS within 60 days of its discovery, which may come months after it began. */
export const CLOSE_DAYS = 180;

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

export type KnownIncident = { id: string; organisationName: string; dates: string[] };

/** The known incident of the same organisation with a date closest to `date`, within CLOSE_DAYS. */
export function findSameIncident(
  known: ReadonlyMap<string, KnownIncident[]>,
  organisationName: string,
  date: string,
): KnownIncident | null {
  let best: { incident: KnownIncident; distance: number } | null = null;
  for (const incident of known.get(organisationKey(organisationName)) ?? []) {
    const distance = Math.min(...incident.dates.map((d) => daysBetween(d, date)));
    if (distance <= CLOSE_DAYS && (!best || distance < best.distance)) best = { incident, distance };
  }
  return best?.incident ?? null;
}
