/**
 * The public JSON answers as zod schemas, for the OpenAPI document: what a researcher's client
 * can rely on, field by field. The incident's columns come from the table itself (drizzle-zod),
 * so a column added to the store appears here, typed, or the build says why not. Each schema is
 * checked against the TypeScript type the route returns (`responses.ts`, `public-incident.ts`):
 * the build fails when the two part, and a test parses real answers with them.
 */
import { z } from "@hono/zod-openapi";
import { createSchemaFactory } from "drizzle-zod";
import { incidentSources, incidents } from "../db/schema";
import type { PossibleDuplicate } from "../domain/duplicates/possible-duplicate";
import {
  assetKinds,
  attackTypes,
  dataCategories,
  enumerations,
  reportKinds,
  reportStatuses,
} from "../domain/enums";
import { keyFigureFields } from "../domain/key-figure-history";
import type { IncidentSummary, PublicIncident, PublicSource } from "../domain/public-incident";
import { statsDimensions } from "../domain/stats";
import type { Same } from "./openapi-responses";
import type {
  CountryRegionsResponse,
  DuplicatesResponse,
  IncidentPage,
  LookupResponse,
  MapResponse,
  MetaResponse,
  RegionsResponse,
  ReportAccepted,
  ReportStatusResponse,
  StatsResponse,
} from "./responses";

// The zod that `@hono/zod-openapi` extends, so that the table's schemas take `.openapi()`.
const { createSelectSchema } = createSchemaFactory({ zodInstance: z });

const version = z.number().int().openapi({ description: "The dataset version the answer was read at." });
const attackType = z.enum(attackTypes.keys);
const label = z.object({ fr: z.string(), en: z.string() });

const regulatorAction = z.object({
  authority: z.string(),
  reference: z.string().nullable(),
  date: z.string().nullable(),
  fineAmount: z.number().nullable(),
  currency: z.string().nullable(),
  url: z.string().nullable(),
});

/** Every column as stored; the public shapes below pick from it. */
const incidentRow = createSelectSchema(incidents, {
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  attackTypes: z.array(attackType).openapi({ description: "The first is `primaryType`." }),
  assetsHit: z.array(z.enum(assetKinds.keys)),
  dataCategories: z.array(z.enum(dataCategories.keys)),
  regulatorActions: z.array(regulatorAction),
});

export const incidentSummarySchema = incidentRow
  .pick({
    id: true,
    status: true,
    title: true,
    titleFr: true,
    originalLanguage: true,
    verification: true,
    organisationName: true,
    organisationType: true,
    country: true,
    subdivision: true,
    department: true,
    city: true,
    latitude: true,
    longitude: true,
    locationPrecision: true,
    date: true,
    datePrecision: true,
    primaryType: true,
    attackTypes: true,
    individualsAffected: true,
    affectedIsEstimate: true,
  })
  .openapi("IncidentSummary", { description: "A list row: enough to show and filter." });

const publicSource = createSelectSchema(incidentSources)
  .pick({ url: true, title: true, publisher: true, publishedOn: true, accessedOn: true, kind: true })
  .openapi("Source");

const fieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

const publicRevision = z
  .object({
    revision: z.number().int(),
    at: z.string(),
    summary: z.string().openapi({ description: "Published, Edited, Retracted or Merged." }),
    reason: z.string(),
    changes: z.array(fieldChange),
    sourceUrl: z.string().nullable(),
  })
  .openapi("Revision");

const keyFigurePoint = z.object({
  revision: z.number().int(),
  at: z.string(),
  value: z.unknown(),
  reason: z.string(),
  sourceUrl: z.string().nullable(),
});

const keyFigureHistory = z.object(
  Object.fromEntries(keyFigureFields.map((field) => [field, z.array(keyFigurePoint)])) as {
    [F in (typeof keyFigureFields)[number]]: z.ZodArray<typeof keyFigurePoint>;
  },
);

export const publicIncidentSchema = incidentRow
  .omit({
    ransomDemandedAmount: true,
    ransomDemandedCurrency: true,
    attackTypeMask: true,
    originalTitle: true,
    originalSummary: true,
  })
  .extend({
    ransomDemanded: z.object({ amount: z.number(), currency: z.string().nullable() }).nullable(),
    sources: z.array(publicSource).openapi({ description: "In their cited order." }),
    revisions: z.array(publicRevision).openapi({ description: "Newest first." }),
    keyFigureHistory: keyFigureHistory.openapi({
      description: "Each key figure's values over time, with the revision, reason and source.",
    }),
  })
  .openapi("Incident", { description: "The full public record." });

export const incidentPageSchema = z
  .object({
    version,
    items: z.array(incidentSummarySchema),
    nextCursor: z.string().nullable().openapi({ description: "null on the last page." }),
  })
  .openapi("IncidentPage");

const mapRegion = z.tuple([z.string(), z.number().int(), z.number(), z.number()]).openapi({
  description:
    "[region code, incidents, mean latitude, mean longitude]: per subdivision from zoom 5, per country below it",
});

export const mapResponseSchema = z
  .discriminatedUnion("mode", [
    z.object({
      version,
      mode: z.literal("points"),
      total: z.number().int(),
      points: z
        .array(z.tuple([z.string(), z.number(), z.number(), attackType, z.string()]))
        .openapi({ description: "[id, latitude, longitude, primary attack type, date]" }),
      regions: z.array(mapRegion),
    }),
    z.object({
      version,
      mode: z.literal("cells"),
      total: z.number().int(),
      cellSize: z.number(),
      cells: z
        .array(z.tuple([z.number(), z.number(), z.number().int(), attackType]))
        .openapi({ description: "[mean latitude, mean longitude, incidents, most frequent type]" }),
      regions: z.array(mapRegion),
    }),
  ])
  .openapi("MapData", { description: "`total` counts the pinned incidents; `regions` the others." });

export const statsResponseSchema = z
  .object({
    version,
    by: z.enum(statsDimensions),
    groups: z.array(z.object({ key: z.string(), count: z.number().int() })),
  })
  .openapi("Stats");

const enumerationEntries = Object.fromEntries(
  Object.entries(enumerations).map(([name, { keys }]) => [
    name,
    z.array(z.object({ key: z.enum(keys as [string, ...string[]]), label })),
  ]),
);

export const metaResponseSchema = z
  .object({
    name: z.string(),
    version,
    updatedAt: z.string(),
    licence: z.object({ id: z.string(), name: z.string(), url: z.string() }),
    citation: z.string(),
    languages: z.array(z.string()),
    enumerations: z.object(enumerationEntries),
  })
  .openapi("Meta");

const namedCount = z.object({ code: z.string(), name: label, count: z.number().int() });

export const regionsResponseSchema = z
  .object({ version, countries: z.array(namedCount.extend({ subdivisions: z.array(namedCount) })) })
  .openapi("Regions");

export const countryRegionsResponseSchema = z
  .object({
    version,
    country: z.object({ code: z.string(), name: label }),
    subdivisions: z.array(namedCount),
    departements: z.array(namedCount.extend({ region: z.string() })).optional(),
  })
  .openapi("CountryRegions");

const incidentReference = incidentRow.pick({
  id: true,
  title: true,
  titleFr: true,
  organisationName: true,
  date: true,
  country: true,
});

const possibleDuplicate = incidentReference.extend({
  signals: z.array(z.enum(["source_url", "organisation_name", "date_place"])),
});

export const duplicatesResponseSchema = z
  .object({ version, items: z.array(possibleDuplicate) })
  .openapi("PossibleDuplicates");

export const lookupResponseSchema = z
  .object({
    version,
    matches: z.array(
      incidentReference.extend({
        ...incidentRow.pick({ status: true, duplicateOf: true }).shape,
        matchedBy: z.array(z.enum(["source_url", "registry_ref"])),
        api: z.string(),
        page: z.string(),
      }),
    ),
  })
  .openapi("Lookup");

export const reportAcceptedSchema = z
  .object({
    id: z.string(),
    status: z.literal("pending"),
    statusUrl: z.string().openapi({ description: "The status token is in the fragment." }),
  })
  .openapi("ReportAccepted");

export const reportStatusResponseSchema = z
  .object({
    id: z.string(),
    kind: z.enum(reportKinds.keys),
    status: z.enum(reportStatuses.keys),
    incidentId: z.string().nullable(),
    reason: z.string().nullable(),
    submittedAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi("ReportStatus");

type Fits<S extends z.ZodType, T> = Same<z.infer<S>, T>;

/** The schemas say what the routes return: the build fails when one and its type part. */
export const schemasFitTypes: [
  Fits<typeof incidentSummarySchema, IncidentSummary>,
  Fits<typeof publicSource, PublicSource>,
  Fits<typeof publicIncidentSchema, PublicIncident>,
  Fits<typeof incidentPageSchema, IncidentPage>,
  Fits<typeof mapResponseSchema, MapResponse>,
  Fits<typeof statsResponseSchema, StatsResponse>,
  Fits<typeof regionsResponseSchema, RegionsResponse>,
  Fits<typeof countryRegionsResponseSchema, CountryRegionsResponse>,
  Fits<typeof possibleDuplicate, PossibleDuplicate>,
  Fits<typeof duplicatesResponseSchema, DuplicatesResponse>,
  Fits<typeof lookupResponseSchema, LookupResponse>,
  Fits<typeof reportAcceptedSchema, ReportAccepted>,
  Fits<typeof reportStatusResponseSchema, ReportStatusResponse>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true];

/** Meta's enumerations are built from the catalogue, so only its outline can be checked. */
export const metaFitsOutline: Same<keyof z.infer<typeof metaResponseSchema>, keyof MetaResponse> = true;
