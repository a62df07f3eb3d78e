/**
 * Test rows. Storage is shared by the tests of one file, so every factory call makes rows that
 * carry a fresh tag word in their title: a test filters with `q=<tag>` and sees only its own.
 */
import { env } from "cloudflare:workers";
import { getDb } from "../../worker/db/client";
import { incidentAttackTypes, incidentRevisions, incidentSources, incidents } from "../../worker/db/schema";
import { buildIncidentRows, createIncident } from "../../worker/db/writes";
import type { IncidentInput } from "../../worker/domain/incident-input";
import { createAssetBoundarySource } from "../../worker/geo/asset-boundary-source";
import { plainIncidentFacts } from "../support/plain-incident-facts";

let sequence = 0;

/** A word no other test uses, for titles and `q` filters. */
export function freshTag(): string {
  sequence += 1;
  return `tag${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}${sequence}`;
}

export const places = {
  lyon: { latitude: 45.764, longitude: 4.8357, city: "Lyon" },
  bordeaux: { latitude: 44.8378, longitude: -0.5792, city: "Bordeaux" },
  rennes: { latitude: 48.1173, longitude: -1.6778, city: "Rennes" },
  dublin: { latitude: 53.3498, longitude: -6.2603, city: "Dublin" },
  berlin: { latitude: 52.52, longitude: 13.405, city: "Berlin" },
  newYork: { latitude: 40.7128, longitude: -74.006, city: "New York" },
} as const;

/** A valid incident input; `tag` goes into the title so that `q=tag` finds it. */
export function incidentInput(tag: string, overrides: Partial<IncidentInput> = {}): IncidentInput {
  sequence += 1;
  return {
    id: `test-${tag}-${sequence}`,
    title: `Ransomware attack ${tag} number ${sequence}`,
    summary: "A test incident made by a factory.",
    verification: "confirmed",
    organisationName: `Test hospital ${sequence}`,
    organisationType: "public_hospital",
    thirdPartyName: null,
    ...places.lyon,
    locationPrecision: "city",
    occurredOn: "2022-03-15",
    occurredPrecision: "day",
    ...plainIncidentFacts(),
    sources: [
      {
        url: `https://press.example/${tag}/${sequence}`,
        title: "A press article",
        publisher: "Example press",
        publishedOn: "2022-03-16",
        accessedOn: "2022-03-20",
        kind: "press",
      },
    ],
    ...overrides,
  };
}

/** Stores incidents through the same write path as the application. */
export async function createIncidents(...inputs: IncidentInput[]): Promise<IncidentInput[]> {
  const boundaries = createAssetBoundarySource(env.ASSETS);
  for (const input of inputs) await createIncident(getDb(env), boundaries, input, { reason: "Test data" });
  return inputs;
}

/**
 * Many incidents at Lyon in a few batches, for tests that need more rows than an export page.
 * Same rows as the write path, without locating each point again.
 */
export async function createManyIncidents(inputs: IncidentInput[]): Promise<void> {
  const db = getDb(env);
  const place = { country: "FR", subdivision: "FR-ARA", department: "69" };
  for (let start = 0; start < inputs.length; start += 100) {
    const statements = inputs.slice(start, start + 100).flatMap((input) => {
      const rows = buildIncidentRows(input, place, { reason: "Test data" });
      return [
        db.insert(incidents).values(rows.incident),
        db.insert(incidentSources).values(rows.sources),
        db.insert(incidentAttackTypes).values(rows.attackTypes),
        db.insert(incidentRevisions).values(rows.revision),
      ];
    });
    await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
  }
}
