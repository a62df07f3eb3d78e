/**
 * The columns of the incident exports, defined once: the CSV writer, the Data Package
 * (`GET /api/datapackage.json`) and the data dictionary page all read them from here.
 * Types and constraints follow Frictionless Table Schema v1.
 */
import {
  assetKinds,
  attackTypes,
  careDisruptions,
  dataCategories,
  datePrecisions,
  type Label,
  locationPrecisions,
  organisationTypes,
  sourceKinds,
  verificationStatuses,
} from "../enums";
import { incidentIdPattern } from "../incident-id";
import { textLanguages } from "../incident-text";
import { formatRegistryRef, registryRefPattern } from "../registry-ref";
import type { ExportRecord } from "./export-record";

export type FieldType = "string" | "number" | "integer" | "boolean" | "date" | "datetime" | "array";
export type CellValue = string | number | boolean | null | readonly string[] | readonly object[];

export type FieldConstraints = {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

export type ExportField = {
  name: string;
  type: FieldType;
  description: Label;
  constraints?: FieldConstraints;
  /** Several values of `listOf`, joined with `;` in CSV. */
  listOf?: readonly string[];
  value: (record: ExportRecord) => CellValue;
};

const isoCode = (pattern: string) => ({ pattern });
/**
 * `a;b;c`, each matching `item`. Table Schema patterns are matched whole (XML Schema regular
 * expressions), so they carry no ^…$ of their own; `item`'s are stripped.
 */
const listOfPattern = (item: string) => {
  const bare = item.replace(/^\^/, "").replace(/\$$/, "");
  return `(${bare})(;(${bare}))*`;
};
const listPattern = (keys: readonly string[]) => `(${keys.join("|")})(;(${keys.join("|")}))*`;

function column<K extends keyof ExportRecord>(
  name: K,
  type: FieldType,
  description: Label,
  constraints?: FieldConstraints,
): ExportField {
  return { name, type, description, constraints, value: (record) => record[name] as CellValue };
}

function list<K extends "attackTypes" | "assetsHit" | "dataCategories">(
  name: K,
  keys: readonly string[],
  description: Label,
): ExportField {
  return {
    name,
    type: "string",
    description,
    listOf: keys,
    constraints: { pattern: listPattern(keys) },
    value: (record) => record[name],
  };
}

const datedPair = (name: "occurred" | "discovered" | "disclosed", what: Label): ExportField[] => [
  column(`${name}On`, "date", what),
  column(
    `${name}Precision`,
    "string",
    { fr: `Précision de : ${what.fr}`, en: `Precision of: ${what.en}` },
    {
      enum: datePrecisions.keys,
    },
  ),
];

export const incidentFields: readonly ExportField[] = [
  column(
    "id",
    "string",
    { fr: "Identifiant public stable", en: "Stable public identifier" },
    { required: true, unique: true, pattern: incidentIdPattern.source },
  ),
  column("status", "string", { fr: "Statut", en: "Status" }, { required: true, enum: ["published"] }),
  column("retractionReason", "string", { fr: "Motif du retrait", en: "Reason for retraction" }),
  column("duplicateOf", "string", { fr: "Doublon de (identifiant)", en: "Duplicate of (id)" }),
  column(
    "verification",
    "string",
    { fr: "Niveau de vérification", en: "Verification status" },
    { required: true, enum: verificationStatuses.keys },
  ),
  column("title", "string", {
    fr: "Titre en anglais ; vide tant qu'un incident écrit en français n'est pas traduit",
    en: "Title in English; empty while an incident written in French is not translated",
  }),
  column("summary", "string", {
    fr: "Résumé en anglais ; vide tant qu'un incident écrit en français n'est pas traduit",
    en: "Summary in English; empty while an incident written in French is not translated",
  }),
  column("titleFr", "string", {
    fr: "Titre en français ; vide tant qu'un incident écrit en anglais n'est pas traduit",
    en: "Title in French; empty while an incident written in English is not translated",
  }),
  column("summaryFr", "string", {
    fr: "Résumé en français ; vide tant qu'un incident écrit en anglais n'est pas traduit",
    en: "Summary in French; empty while an incident written in English is not translated",
  }),
  column(
    "originalLanguage",
    "string",
    {
      fr: "Langue dans laquelle le titre et le résumé ont été écrits d'abord (toujours présents dans cette langue)",
      en: "Language the title and summary were first written in (always present in that language)",
    },
    { required: true, enum: textLanguages },
  ),
  column(
    "organisationName",
    "string",
    { fr: "Organisation touchée", en: "Organisation hit" },
    { required: true },
  ),
  column(
    "organisationType",
    "string",
    { fr: "Type d'organisation", en: "Organisation type" },
    { required: true, enum: organisationTypes.keys },
  ),
  column("thirdPartyName", "string", {
    fr: "Tiers impliqué (ex. éditeur)",
    en: "Third party involved (e.g. vendor)",
  }),
  column(
    "country",
    "string",
    { fr: "Pays (ISO 3166-1 alpha-2)", en: "Country (ISO 3166-1 alpha-2)" },
    isoCode("[A-Z]{2}"),
  ),
  column(
    "subdivision",
    "string",
    { fr: "Subdivision (ISO 3166-2)", en: "Subdivision (ISO 3166-2)" },
    isoCode("[A-Z]{2}-[A-Z0-9]{1,3}"),
  ),
  column("department", "string", { fr: "Département français (code)", en: "French département (code)" }),
  column("city", "string", { fr: "Ville", en: "City" }),
  column(
    "inseeCode",
    "string",
    {
      fr: "Code INSEE de la commune choisie ; il donne alors le département et la région",
      en: "INSEE code of the commune picked; it then gives the département and the région",
    },
    // The same as `inseeCommunePattern`, spelt as an XML Schema regular expression.
    isoCode("((0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-8][0-9]{2})"),
  ),
  column(
    "latitude",
    "number",
    { fr: "Latitude (WGS 84)", en: "Latitude (WGS 84)" },
    {
      required: true,
      minimum: -90,
      maximum: 90,
    },
  ),
  column(
    "longitude",
    "number",
    { fr: "Longitude (WGS 84)", en: "Longitude (WGS 84)" },
    {
      required: true,
      minimum: -180,
      maximum: 180,
    },
  ),
  column(
    "locationPrecision",
    "string",
    { fr: "Précision de la position", en: "Precision of the position" },
    { required: true, enum: locationPrecisions.keys },
  ),
  ...datedPair("occurred", { fr: "Date de l'incident", en: "Date the incident occurred" }),
  ...datedPair("discovered", { fr: "Date de découverte", en: "Date discovered" }),
  ...datedPair("disclosed", { fr: "Date de révélation publique", en: "Date made public" }),
  column(
    "date",
    "date",
    { fr: "Date de référence (la première connue)", en: "Reference date (the first known)" },
    { required: true },
  ),
  column(
    "datePrecision",
    "string",
    { fr: "Précision de la date de référence", en: "Precision of the reference date" },
    {
      required: true,
      enum: datePrecisions.keys,
    },
  ),
  column(
    "primaryType",
    "string",
    { fr: "Type d'attaque principal", en: "Main attack type" },
    {
      required: true,
      enum: attackTypes.keys,
    },
  ),
  list("attackTypes", attackTypes.keys, { fr: "Types d'attaque", en: "Attack types" }),
  column("threatActor", "string", {
    fr: "Attaquant (ex. groupe de rançongiciel)",
    en: "Threat actor (e.g. ransomware group)",
  }),
  list("assetsHit", assetKinds.keys, { fr: "Systèmes touchés", en: "Systems hit" }),
  column(
    "individualsAffected",
    "integer",
    { fr: "Personnes concernées (vide si inconnu)", en: "Individuals affected (empty when unknown)" },
    { minimum: 0 },
  ),
  column(
    "affectedIsEstimate",
    "boolean",
    { fr: "Le nombre est une estimation", en: "The number is an estimate" },
    {
      required: true,
    },
  ),
  list("dataCategories", dataCategories.keys, { fr: "Catégories de données", en: "Data categories" }),
  column("dataPublishedOnline", "boolean", { fr: "Données publiées en ligne", en: "Data published online" }),
  column("dataPublishedOn", "date", {
    fr: "Date de publication des données",
    en: "Date the data was published",
  }),
  column(
    "careDisruption",
    "string",
    { fr: "Perturbation des soins", en: "Care disruption" },
    {
      enum: careDisruptions.keys,
    },
  ),
  column(
    "disruptionDays",
    "integer",
    { fr: "Durée de la perturbation (jours)", en: "Disruption (days)" },
    {
      minimum: 0,
    },
  ),
  {
    name: "ransomDemandedAmount",
    type: "number",
    description: { fr: "Rançon demandée (montant)", en: "Ransom demanded (amount)" },
    constraints: { minimum: 0 },
    value: (record) => record.ransomDemanded?.amount ?? null,
  },
  {
    name: "ransomDemandedCurrency",
    type: "string",
    description: { fr: "Rançon demandée (devise ISO 4217)", en: "Ransom demanded (ISO 4217 currency)" },
    constraints: { pattern: "[A-Z]{3}" },
    value: (record) => record.ransomDemanded?.currency ?? null,
  },
  column("ransomPaid", "boolean", { fr: "Rançon payée", en: "Ransom paid" }),
  column(
    "regulatorActions",
    "array",
    { fr: "Décisions d'autorités (JSON)", en: "Regulator actions (JSON)" },
    { required: true },
  ),
  {
    name: "registryRefs",
    type: "string",
    description: {
      fr: "Identifiants dans d'autres registres publics (registre:identifiant, ex. hhs:…)",
      en: "Identifiers in other public registries (registry:identifier, e.g. hhs:…)",
    },
    constraints: { pattern: listOfPattern(registryRefPattern) },
    value: (record) => record.registryRefs.map(formatRegistryRef),
  },
  column(
    "revision",
    "integer",
    { fr: "Numéro de révision", en: "Revision number" },
    { required: true, minimum: 1 },
  ),
  column("createdAt", "datetime", { fr: "Créé le", en: "Created at" }, { required: true }),
  column("updatedAt", "datetime", { fr: "Modifié le", en: "Updated at" }, { required: true }),
  column("publishedAt", "datetime", { fr: "Publié le", en: "Published at" }),
];

/** `export.sources.csv`: one row per source, keyed by incident id. */
export type SourceExportRow = ExportRecord["sources"][number] & { incidentId: string; position: number };

export const sourceFields: readonly (Omit<ExportField, "value"> & {
  value: (row: SourceExportRow) => CellValue;
})[] = [
  {
    name: "incidentId",
    type: "string",
    description: { fr: "Identifiant de l'incident", en: "Incident id" },
    constraints: { required: true, pattern: incidentIdPattern.source },
    value: (row) => row.incidentId,
  },
  {
    name: "position",
    type: "integer",
    description: { fr: "Rang de la source", en: "Order of the source" },
    constraints: { required: true, minimum: 0 },
    value: (row) => row.position,
  },
  {
    name: "url",
    type: "string",
    description: { fr: "Adresse", en: "URL" },
    constraints: { required: true },
    value: (row) => row.url,
  },
  {
    name: "title",
    type: "string",
    description: { fr: "Titre", en: "Title" },
    constraints: { required: true },
    value: (row) => row.title,
  },
  {
    name: "publisher",
    type: "string",
    description: { fr: "Éditeur", en: "Publisher" },
    value: (row) => row.publisher,
  },
  {
    name: "publishedOn",
    type: "date",
    description: { fr: "Date de publication", en: "Publication date" },
    value: (row) => row.publishedOn,
  },
  {
    name: "accessedOn",
    type: "date",
    description: { fr: "Date de dernière lecture", en: "Date last read" },
    value: (row) => row.accessedOn,
  },
  {
    name: "kind",
    type: "string",
    description: { fr: "Nature de la source", en: "Kind of source" },
    constraints: { required: true, enum: sourceKinds.keys },
    value: (row) => row.kind,
  },
];
