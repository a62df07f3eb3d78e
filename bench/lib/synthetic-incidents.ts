/**
 * Deterministic synthetic incidents for benchmarks: valid `IncidentInput`s whose mix of attack
 * types, organisations, dates (2010–2026), sizes and places resembles the real record. Every
 * one says it is synthetic, and is stored with `synthetic: true` (never by `npm start`).
 */
import { attackTypes, organisationTypes } from "../../worker/domain/enums";
import { type IncidentInput, incidentInput } from "../../worker/domain/incident-input";
import { loadPositionSource, type PositionSource } from "./positions";
import { createRandom, type Random } from "./prng";
import { actors, organisations, primaryTypes } from "./synthetic-mix";

/** Bump whenever the output changes: it is part of the cache key of built databases. */
export const GENERATOR_VERSION = 3;

const FIRST_DAY = Date.UTC(2010, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;

/**
 * `n` incidents `synthetic-000001`…, the same for the same `seed`. Validates a sample with the
 * real input schema, so a schema change that the generator misses fails here, not in SQLite.
 */
export function generateIncidents(n: number, seed: number, positions: PositionSource = loadPositionSource()) {
  const random = createRandom(seed);
  const incidents = Array.from({ length: n }, (_, i) => generateIncident(i + 1, random, positions));
  for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 200))) incidentInput.parse(incidents[i]);
  return incidents;
}

function generateIncident(index: number, random: Random, positions: PositionSource): IncidentInput {
  const id = `synthetic-${String(index).padStart(6, "0")}`;
  const place = positions.draw(random);
  const primary = random.weighted(primaryTypes);
  const types = [
    primary,
    ...(primary === "ransomware" && random.chance(0.4) ? (["data_theft"] as const) : []),
  ];
  const orgType = random.weighted(organisations);
  const actor = primary === "ransomware" || random.chance(0.1) ? random.pick(actors) : null;
  const affected = random.chance(0.35) ? null : Math.round(10 ** (2 + random.next() ** 1.5 * 5));
  const verification = random.weighted({ confirmed: 60, reported: 20, claimed_by_actor: 15, suspected: 5 });
  const where = place.city ?? "an unnamed town";
  const typeLabel = attackTypes.labels[primary].en.toLowerCase();
  const orgLabel = organisationTypes.labels[orgType].en.toLowerCase();
  const dates = drawDates(random);
  return {
    id,
    title: `Synthetic incident ${index}: ${typeLabel} at a ${orgLabel} in ${where}`,
    summary: `Synthetic benchmark record, not a real incident: ${typeLabel} at a ${orgLabel} in ${where}.${actor ? ` Threat actor: ${actor}.` : ""}`,
    verification,
    organisationName: `Synthetic ${orgLabel} ${index}`,
    organisationType: orgType,
    thirdPartyName: random.chance(0.08) ? `Synthetic vendor ${random.int(1, 200)}` : null,
    city: place.city,
    latitude: round(place.latitude, 6),
    longitude: round(place.longitude, 6),
    // One in twenty located only to its region, as the HHS import places US records at their
    // state: counted per region by /api/map, never pinned. By index, so no other draw moves.
    locationPrecision: index % 20 === 7 ? "subdivision" : place.spreadKm < 1 && place.city ? "exact" : "city",
    ...dates,
    attackTypes: types,
    threatActor: actor,
    assetsHit: random.chance(0.7)
      ? [random.pick(["ehr", "email", "network_server", "lab_system", "cloud_service"] as const)]
      : [],
    individualsAffected: affected,
    affectedIsEstimate: affected !== null && random.chance(0.3),
    dataCategories:
      affected === null ? [] : ["identity", ...(random.chance(0.5) ? (["clinical"] as const) : [])],
    dataPublishedOnline: actor ? random.chance(0.4) : null,
    dataPublishedOn: null,
    careDisruption:
      primary === "ransomware"
        ? random.pick(["none", "degraded_mode", "services_suspended", "patients_diverted"] as const)
        : null,
    disruptionDays: primary === "ransomware" && random.chance(0.5) ? random.int(1, 60) : null,
    ransomDemanded:
      primary === "ransomware" && random.chance(0.1)
        ? { amount: random.int(10, 10_000) * 1000, currency: "USD" }
        : null,
    ransomPaid: null,
    regulatorActions: [],
    sources: Array.from({ length: random.int(1, 3) }, (_, k) => ({
      url: `https://example.org/synthetic/${id}/${k + 1}`,
      title: `Synthetic source ${k + 1} for ${id}`,
      publisher: null,
      publishedOn: dates.disclosedOn,
      kind: verification === "claimed_by_actor" ? ("actor_claim" as const) : ("press" as const),
    })),
  };
}

/** Occurred (often), discovered (sometimes) and disclosed (mostly) dates; at least one. */
function drawDates(random: Random) {
  // More incidents in later years, as reporting and attacks both grew: density rises linearly.
  const day = FIRST_DAY + Math.floor(Math.sqrt(random.next()) * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS;
  const iso = (ms: number) => new Date(Math.min(ms, LAST_DAY)).toISOString().slice(0, 10);
  const occurred = random.chance(0.75);
  const precision = random.weighted({ day: 80, month: 15, year: 5 });
  const occurredOn =
    precision === "day"
      ? iso(day)
      : precision === "month"
        ? `${iso(day).slice(0, 7)}-01`
        : `${iso(day).slice(0, 4)}-01-01`;
  const discovered = random.chance(0.3);
  const disclosed = !occurred || random.chance(0.8);
  return {
    occurredOn: occurred ? occurredOn : null,
    occurredPrecision: occurred ? precision : null,
    discoveredOn: discovered ? iso(day + random.int(0, 20) * DAY_MS) : null,
    discoveredPrecision: discovered ? ("day" as const) : null,
    disclosedOn: disclosed ? iso(day + random.int(1, 90) * DAY_MS) : null,
    disclosedPrecision: disclosed ? ("day" as const) : null,
  };
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
