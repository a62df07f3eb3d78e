/**
 * The incident as a writer gives it (sample data, imports, later the moderators' publish form):
 * every field of the record but the derived ones (country, subdivision, department, reference
 * date, revision, timestamps). Limits on every field keep the store and the views sane.
 */
import { z } from "zod";
import {
  assetKinds,
  attackTypes,
  careDisruptions,
  dataCategories,
  datePrecisions,
  locationPrecisions,
  organisationTypes,
  sourceKinds,
  verificationStatuses,
} from "./enums";
import { inseeCommunePattern } from "./geo/insee-commune";
import { incidentIdPattern } from "./incident-id";
import { textIssues, textLanguages } from "./incident-text";

const isoDate = z.iso.date({ error: "Expected a date as YYYY-MM-DD." });
const shortText = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z.url({ protocol: /^https?$/, error: "Expected an http(s) URL." }).max(2000);
const count = z.number().int().min(0).max(10_000_000_000);

export const sourceInput = z.strictObject({
  url: httpsUrl,
  title: shortText(300),
  publisher: shortText(120).nullable(),
  publishedOn: isoDate.nullable(),
  kind: z.enum(sourceKinds.keys),
  /** The day the source was last read; the sample data always gives it (`sampleIncidentInput`). */
  accessedOn: isoDate.nullish(),
});

export const regulatorActionInput = z.strictObject({
  authority: shortText(120),
  reference: shortText(120).nullable(),
  date: isoDate.nullable(),
  fineAmount: z.number().min(0).max(1e12).nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  url: httpsUrl.nullable(),
});

const datedPair = <N extends string>(name: N) =>
  ({
    [`${name}On`]: isoDate.nullable(),
    [`${name}Precision`]: z.enum(datePrecisions.keys).nullable(),
  }) as Record<`${N}On`, z.ZodNullable<typeof isoDate>> &
    Record<`${N}Precision`, z.ZodNullable<z.ZodEnum<{ [K in (typeof datePrecisions.keys)[number]]: K }>>>;

/** The fields of an incident, without the rules that tie several of them together. */
export const incidentFields = z.object({
  id: z
    .string()
    .regex(incidentIdPattern, "Expected lowercase letters, digits and dashes, at most 64 characters."),
  // The text in English, in French, or both (`incidentRules`: at least one whole language).
  title: shortText(200).nullish(),
  summary: shortText(4000).nullish(),
  titleFr: shortText(200).nullish(),
  summaryFr: shortText(4000).nullish(),
  /** The language first written; when absent, the only one written, or English. */
  originalLanguage: z.enum(textLanguages).nullish(),
  verification: z.enum(verificationStatuses.keys),
  organisationName: shortText(200),
  organisationType: z.enum(organisationTypes.keys),
  thirdPartyName: shortText(200).nullable(),
  city: shortText(120).nullable(),
  /** The commune picked in the gazetteer: its département and région are then exact. */
  inseeCode: z
    .string()
    .regex(inseeCommunePattern, "Expected an INSEE commune code: 5 characters, e.g. 69123, 2A004, 97411.")
    .nullish(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  locationPrecision: z.enum(locationPrecisions.keys),
  ...datedPair("occurred"),
  ...datedPair("discovered"),
  ...datedPair("disclosed"),
  attackTypes: z.array(z.enum(attackTypes.keys)).min(1).max(attackTypes.keys.length),
  threatActor: shortText(120).nullable(),
  assetsHit: z.array(z.enum(assetKinds.keys)).max(assetKinds.keys.length),
  individualsAffected: count.nullable(),
  affectedIsEstimate: z.boolean(),
  dataCategories: z.array(z.enum(dataCategories.keys)).max(dataCategories.keys.length),
  dataPublishedOnline: z.boolean().nullable(),
  dataPublishedOn: isoDate.nullable(),
  careDisruption: z.enum(careDisruptions.keys).nullable(),
  disruptionDays: z.number().int().min(0).max(3650).nullable(),
  ransomDemanded: z
    .strictObject({ amount: z.number().min(0).max(1e12), currency: z.string().regex(/^[A-Z]{3}$/) })
    .nullable(),
  ransomPaid: z.boolean().nullable(),
  regulatorActions: z.array(regulatorActionInput).max(20),
  sources: z.array(sourceInput).min(1, "Cite at least one public source.").max(30),
});

type IncidentFields = z.output<typeof incidentFields>;
type Rule = (
  input: Omit<IncidentFields, "id">,
  ctx: z.core.$RefinementCtx<Omit<IncidentFields, "id">>,
) => void;

/** Rules across fields: a whole title and summary in some language, each date with its precision, at least one date, no date in the future. */
export const incidentRules: Rule = (input, ctx) => {
  for (const { path, message } of textIssues(input)) ctx.addIssue({ code: "custom", path, message });
  for (const name of ["occurred", "discovered", "disclosed"] as const) {
    if ((input[`${name}On`] === null) !== (input[`${name}Precision`] === null)) {
      ctx.addIssue({
        code: "custom",
        path: [`${name}Precision`],
        message: "A date and its precision go together.",
      });
    }
  }
  if (!input.occurredOn && !input.discoveredOn && !input.disclosedOn) {
    ctx.addIssue({ code: "custom", path: ["occurredOn"], message: "Give at least one date." });
  }
  if (new Set(input.attackTypes).size !== input.attackTypes.length) {
    ctx.addIssue({ code: "custom", path: ["attackTypes"], message: "Each attack type once." });
  }
  for (const [i, source] of input.sources.entries()) {
    if (source.accessedOn && source.publishedOn && source.accessedOn < source.publishedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["sources", i, "accessedOn"],
        message: "A source cannot be read before it was published.",
      });
    }
  }
  for (const path of datedPaths(input)) {
    ctx.addIssue({ code: "custom", path, message: "A date may not be in the future." });
  }
};

/** The incident as stored by the write layer, with its id (sample data, importers). */
export const incidentInput = incidentFields.superRefine(incidentRules);

/** The sample data, which researchers cite: every source says when it was last read. */
export const sampleIncidentInput = incidentInput.superRefine((input, ctx) => {
  for (const [i, source] of input.sources.entries()) {
    if (!source.accessedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["sources", i, "accessedOn"],
        message: "Give the date the source was last read.",
      });
    }
  }
});

/** A new incident: the id is made by the server when none is given (reports, the publish route). */
export const newIncidentInput = incidentFields
  .extend({ id: incidentFields.shape.id.optional() })
  .superRefine(incidentRules);

/** Changes to an incident: any of its fields but the id; an unknown field is refused. */
export const incidentChanges = incidentFields.omit({ id: true }).partial().strict();

/**
 * The last day that is not in the future anywhere on Earth: today in UTC+14, so that a
 * contributor in Kiribati may report what happened this morning.
 */
export function latestAllowedDate(now = Date.now()): string {
  return new Date(now + 14 * 3600_000).toISOString().slice(0, 10);
}

/** Paths of every date after latestAllowedDate(). */
function datedPaths(input: Omit<IncidentFields, "id">): (string | number)[][] {
  const latest = latestAllowedDate();
  const paths: (string | number)[][] = [];
  const check = (date: string | null, path: (string | number)[]) => {
    if (date !== null && date > latest) paths.push(path);
  };
  for (const name of ["occurredOn", "discoveredOn", "disclosedOn", "dataPublishedOn"] as const) {
    check(input[name], [name]);
  }
  for (const [index, source] of input.sources.entries()) {
    check(source.publishedOn, ["sources", index, "publishedOn"]);
    check(source.accessedOn ?? null, ["sources", index, "accessedOn"]);
  }
  for (const [index, action] of input.regulatorActions.entries()) {
    check(action.date, ["regulatorActions", index, "date"]);
  }
  return paths;
}

export type IncidentInput = z.output<typeof incidentInput>;
export type NewIncidentInput = z.output<typeof newIncidentInput>;
export type IncidentChanges = z.output<typeof incidentChanges>;
