/**
 * The report as the form holds it: what the contributor typed, as text, until it is turned into
 * the incident input the server validates (`worker/domain/incident-input.ts`).
 */

import type { ContributorRole } from "../../../worker/domain/enums";
import type { IncidentInput } from "../../../worker/domain/incident-input";
import { type TextLanguage, textIn, writtenLanguages } from "../../../worker/domain/incident-text";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { formatPartialDate, type PartialDate, parsePartialDate } from "./partial-date";
import { choiceFromRecord, type PlaceChoice, precisionOf } from "./place/place-choice";

export type Incident = Omit<IncidentInput, "id">;
type Source = Incident["sources"][number];
export type SourceDraft = { [K in keyof Source]: string };

/** Yes, no, or not known ("") for the nullable booleans. */
export type Tristate = "" | "yes" | "no";

export type ReportDraft = {
  text: {
    title: string;
    summary: string;
    organisationName: string;
    thirdPartyName: string;
    city: string;
    threatActor: string;
    individualsAffected: string;
    disruptionDays: string;
    occurred: string;
    discovered: string;
    disclosed: string;
    dataPublishedOn: string;
  };
  organisationType: string;
  verification: string;
  attackTypes: string[];
  assetsHit: string[];
  dataCategories: string[];
  careDisruption: string;
  affectedIsEstimate: boolean;
  dataPublishedOnline: Tristate;
  ransomPaid: Tristate;
  place: PlaceChoice | null;
  sources: SourceDraft[];
  /** The language the contributor writes the title and summary in. */
  textLanguage: TextLanguage;
  /**
   * Kept as they are from a corrected incident: the form does not edit them. Its texts too:
   * the form edits those of `textLanguage`, and the other language's stay as published.
   */
  kept: Pick<
    Incident,
    "ransomDemanded" | "regulatorActions" | "title" | "summary" | "titleFr" | "summaryFr" | "originalLanguage"
  >;
  creditName: string;
  contactEmail: string;
  contributorRole: ContributorRole | "";
  /** The honeypot: people never see it, so only a robot fills it. */
  website: string;
  /** The incident this report corrects, if it is a correction. */
  correctionOf: string | null;
};

export const emptySource = (): SourceDraft => ({
  url: "",
  title: "",
  publisher: "",
  publishedOn: "",
  kind: "press",
});

export function emptyDraft(textLanguage: TextLanguage = "en"): ReportDraft {
  return {
    text: {
      title: "",
      summary: "",
      organisationName: "",
      thirdPartyName: "",
      city: "",
      threatActor: "",
      individualsAffected: "",
      disruptionDays: "",
      occurred: "",
      discovered: "",
      disclosed: "",
      dataPublishedOn: "",
    },
    organisationType: "",
    verification: "reported",
    attackTypes: [],
    assetsHit: [],
    dataCategories: [],
    careDisruption: "",
    affectedIsEstimate: false,
    dataPublishedOnline: "",
    ransomPaid: "",
    place: null,
    sources: [emptySource()],
    textLanguage,
    kept: { ransomDemanded: null, regulatorActions: [], ...noTexts },
    creditName: "",
    contactEmail: "",
    contributorRole: "",
    website: "",
    correctionOf: null,
  };
}

const noTexts = { title: null, summary: null, titleFr: null, summaryFr: null, originalLanguage: null };

const tristate = (value: boolean | null): Tristate => (value === null ? "" : value ? "yes" : "no");
const fromTristate = (value: Tristate): boolean | null => (value === "" ? null : value === "yes");
const orEmpty = (value: string | number | null) => (value === null ? "" : String(value));

/**
 * A correction starts from the incident as published, its text in the reader's language when
 * written, else in the original language.
 */
export function draftFromIncident(
  incident: PublicIncident,
  readerLanguage: TextLanguage = "en",
): ReportDraft {
  const textLanguage = writtenLanguages(incident).includes(readerLanguage)
    ? readerLanguage
    : incident.originalLanguage;
  const draft = emptyDraft(textLanguage);
  const text = textIn(incident, textLanguage);
  draft.text = {
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    organisationName: incident.organisationName,
    thirdPartyName: orEmpty(incident.thirdPartyName),
    city: orEmpty(incident.city),
    threatActor: orEmpty(incident.threatActor),
    individualsAffected: orEmpty(incident.individualsAffected),
    disruptionDays: orEmpty(incident.disruptionDays),
    occurred: formatPartialDate(incident.occurredOn, incident.occurredPrecision),
    discovered: formatPartialDate(incident.discoveredOn, incident.discoveredPrecision),
    disclosed: formatPartialDate(incident.disclosedOn, incident.disclosedPrecision),
    dataPublishedOn: orEmpty(incident.dataPublishedOn),
  };
  Object.assign(draft, {
    organisationType: incident.organisationType,
    verification: incident.verification,
    attackTypes: [...incident.attackTypes],
    assetsHit: [...incident.assetsHit],
    dataCategories: [...incident.dataCategories],
    careDisruption: incident.careDisruption ?? "",
    affectedIsEstimate: incident.affectedIsEstimate,
    dataPublishedOnline: tristate(incident.dataPublishedOnline),
    ransomPaid: tristate(incident.ransomPaid),
    place: choiceFromRecord(incident),
    sources: incident.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: orEmpty(s.publisher),
      publishedOn: orEmpty(s.publishedOn),
      kind: s.kind,
    })),
    kept: {
      ransomDemanded:
        incident.ransomDemanded?.currency != null
          ? { amount: incident.ransomDemanded.amount, currency: incident.ransomDemanded.currency }
          : null,
      regulatorActions: incident.regulatorActions,
      title: incident.title,
      summary: incident.summary,
      titleFr: incident.titleFr,
      summaryFr: incident.summaryFr,
      originalLanguage: incident.originalLanguage,
    },
    correctionOf: incident.id,
  });
  return draft;
}

const nullIfBlank = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** A number as people write it ("491 840", "1,000"); NaN when it is not one, for the schema to refuse. */
function toCount(text: string): number | null {
  const value = text.replace(/[\s\u202f\u00a0,.]/g, "");
  if (value === "") return null;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

type DateFields<N extends string> = Record<`${N}On`, string | null> &
  Record<`${N}Precision`, PartialDate["precision"] | null>;

function dated<N extends string>(name: N, text: string): DateFields<N> {
  const parsed = parsePartialDate(text);
  // An unreadable date is passed on as written, so the schema names the field.
  const on = parsed === "invalid" ? text : (parsed?.on ?? null);
  const precision = parsed === "invalid" ? "day" : (parsed?.precision ?? null);
  return { [`${name}On`]: on, [`${name}Precision`]: precision } as DateFields<N>;
}

/** The incident input of the draft, to validate and to send. */
export function toIncident(draft: ReportDraft): Incident {
  const { text, place } = draft;
  const typed =
    draft.textLanguage === "fr"
      ? { titleFr: text.title.trim(), summaryFr: text.summary.trim() }
      : { title: text.title.trim(), summary: text.summary.trim() };
  return {
    title: draft.kept.title,
    summary: draft.kept.summary,
    titleFr: draft.kept.titleFr,
    summaryFr: draft.kept.summaryFr,
    ...typed,
    // A new report's original language is the one it is written in; a correction keeps it.
    originalLanguage: draft.correctionOf ? draft.kept.originalLanguage : draft.textLanguage,
    verification: draft.verification as Incident["verification"],
    organisationName: text.organisationName.trim(),
    organisationType: draft.organisationType as Incident["organisationType"],
    thirdPartyName: nullIfBlank(text.thirdPartyName),
    city: nullIfBlank(text.city),
    inseeCode: place?.inseeCode ?? null,
    latitude: place?.latitude ?? Number.NaN,
    longitude: place?.longitude ?? Number.NaN,
    locationPrecision: place ? precisionOf(place) : ("" as Incident["locationPrecision"]),
    ...dated("occurred", text.occurred),
    ...dated("discovered", text.discovered),
    ...dated("disclosed", text.disclosed),
    attackTypes: draft.attackTypes as Incident["attackTypes"],
    threatActor: nullIfBlank(text.threatActor),
    assetsHit: draft.assetsHit as Incident["assetsHit"],
    individualsAffected: toCount(text.individualsAffected),
    affectedIsEstimate: draft.affectedIsEstimate,
    dataCategories: draft.dataCategories as Incident["dataCategories"],
    dataPublishedOnline: fromTristate(draft.dataPublishedOnline),
    dataPublishedOn: nullIfBlank(text.dataPublishedOn),
    careDisruption: (draft.careDisruption || null) as Incident["careDisruption"],
    disruptionDays: toCount(text.disruptionDays),
    ransomDemanded: draft.kept.ransomDemanded,
    ransomPaid: fromTristate(draft.ransomPaid),
    regulatorActions: draft.kept.regulatorActions,
    sources: draft.sources.map((s) => ({
      url: s.url.trim(),
      title: s.title.trim(),
      publisher: nullIfBlank(s.publisher),
      publishedOn: nullIfBlank(s.publishedOn),
      kind: s.kind as Source["kind"],
    })),
  };
}

/** The first known date of the draft, as the server dates an incident. */
export function referenceDate(incident: Incident): string | null {
  return incident.occurredOn ?? incident.discoveredOn ?? incident.disclosedOn ?? null;
}
