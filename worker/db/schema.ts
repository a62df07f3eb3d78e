/**
 * The one drizzle schema. Migrations in drizzle/ are generated from it (`npm run db:generate`);
 * the FTS5 index and the dataset-version triggers, which drizzle cannot express, live in a
 * custom migration beside them.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { AssetKind, AttackType, DataCategory } from "../domain/enums";
import {
  attackTypes,
  careDisruptions,
  contributorRoles,
  datePrecisions,
  incidentStatuses,
  locationPrecisions,
  organisationTypes,
  registries,
  reportKinds,
  reportStatuses,
  sourceKinds,
  verificationStatuses,
} from "../domain/enums";
import type { FieldChange } from "../domain/incident-changes";
import { textLanguages } from "../domain/incident-text";
import type { ReportPayload } from "../domain/report-input";

/** A regulator's decision about an incident, e.g. CNIL SAN-2022-009 and its fine. */
export type RegulatorAction = {
  authority: string;
  reference: string | null;
  date: string | null;
  fineAmount: number | null;
  currency: string | null;
  url: string | null;
};

const timestamp = (name: string) =>
  text(name).notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const incidents = sqliteTable(
  "incidents",
  {
    id: text("id").primaryKey(),
    status: text("status", { enum: incidentStatuses.keys }).notNull().default("published"),
    retractionReason: text("retraction_reason"),
    duplicateOf: text("duplicate_of"),
    verification: text("verification", { enum: verificationStatuses.keys }).notNull(),
    /** The title and summary in English, when written (a French report has none until translated). */
    title: text("title_en"),
    summary: text("summary_en"),
    /** The title and summary in French, when written. */
    titleFr: text("title_fr"),
    summaryFr: text("summary_fr"),
    /** The language the incident was first written in: its text there is always present. */
    originalLanguage: text("original_language", { enum: textLanguages }).notNull().default("en"),
    /**
     * The text in the original language, a copy the write layer keeps. These are the columns
     * `title` and `summary` of migration 0000, NOT NULL: SQLite cannot drop that constraint without
     * rebuilding the table, and on D1 dropping `incidents` cascades to its sources and
     * revisions. Readers use `title`/`titleFr`, never these.
     */
    originalTitle: text("title").notNull(),
    originalSummary: text("summary").notNull(),
    organisationName: text("organisation_name").notNull(),
    organisationType: text("organisation_type", { enum: organisationTypes.keys }).notNull(),
    thirdPartyName: text("third_party_name"),
    country: text("country"),
    subdivision: text("subdivision"),
    department: text("department"),
    city: text("city"),
    /** The INSEE code of the commune picked in the gazetteer: it gives department and subdivision. */
    inseeCode: text("insee_code"),
    latitude: real("latitude").notNull(),
    longitude: real("longitude").notNull(),
    locationPrecision: text("location_precision", { enum: locationPrecisions.keys }).notNull(),
    occurredOn: text("occurred_on"),
    occurredPrecision: text("occurred_precision", { enum: datePrecisions.keys }),
    discoveredOn: text("discovered_on"),
    discoveredPrecision: text("discovered_precision", { enum: datePrecisions.keys }),
    disclosedOn: text("disclosed_on"),
    disclosedPrecision: text("disclosed_precision", { enum: datePrecisions.keys }),
    /** The first known of occurred, discovered, disclosed: what the map and the filters date by. */
    date: text("date").notNull(),
    datePrecision: text("date_precision", { enum: datePrecisions.keys }).notNull(),
    /** The first listed attack type: the colour on the map. */
    primaryType: text("primary_type", { enum: attackTypes.keys }).notNull(),
    attackTypes: text("attack_types", { mode: "json" }).$type<AttackType[]>().notNull(),
    /** The same types as bits (`domain/attack-type-mask.ts`), for the map's covering index. */
    attackTypeMask: integer("attack_type_mask").notNull().default(0),
    threatActor: text("threat_actor"),
    assetsHit: text("assets_hit", { mode: "json" }).$type<AssetKind[]>().notNull(),
    individualsAffected: integer("individuals_affected"),
    affectedIsEstimate: integer("affected_is_estimate", { mode: "boolean" }).notNull().default(false),
    dataCategories: text("data_categories", { mode: "json" }).$type<DataCategory[]>().notNull(),
    dataPublishedOnline: integer("data_published_online", { mode: "boolean" }),
    dataPublishedOn: text("data_published_on"),
    careDisruption: text("care_disruption", { enum: careDisruptions.keys }),
    disruptionDays: integer("disruption_days"),
    ransomDemandedAmount: real("ransom_demanded_amount"),
    ransomDemandedCurrency: text("ransom_demanded_currency"),
    ransomPaid: integer("ransom_paid", { mode: "boolean" }),
    regulatorActions: text("regulator_actions", { mode: "json" }).$type<RegulatorAction[]>().notNull(),
    /** Generated rows for benchmarks; never part of the sample data. */
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
    publishedAt: text("published_at"),
  },
  (t) => [
    index("incidents_status_date_id").on(t.status, t.date, t.id),
    // Covers the map query (position, colour, date, id, the precision that sorts pinned
    // incidents from regional ones, and the types for a type filter): the map reads the index,
    // never the wide rows. Measured at 100k incidents: world cells 326 → 109 ms, France 477 → 22 ms.
    index("incidents_map_pinned").on(
      t.status,
      t.latitude,
      t.longitude,
      t.primaryType,
      t.date,
      t.id,
      t.locationPrecision,
      t.attackTypeMask,
    ),
    index("incidents_status_country_date").on(t.status, t.country, t.date, t.id),
    index("incidents_country_subdivision").on(t.country, t.subdivision, t.department),
    index("incidents_organisation_type").on(t.organisationType),
    index("incidents_individuals_affected").on(t.individualsAffected),
  ],
);

export const incidentSources = sqliteTable(
  "incident_sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedOn: text("published_on"),
    /** The day the source was last read, so a reader knows how fresh the citation is. */
    accessedOn: text("accessed_on"),
    kind: text("kind", { enum: sourceKinds.keys }).notNull(),
  },
  (t) => [
    index("incident_sources_incident").on(t.incidentId, t.position),
    // "Is this source already cited?" (GET /api/duplicates) is an exact lookup by URL.
    index("incident_sources_url").on(t.url),
  ],
);

/** One row per (incident, attack type), so that filtering by type uses an index. */
export const incidentAttackTypes = sqliteTable(
  "incident_attack_types",
  {
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    attackType: text("attack_type", { enum: attackTypes.keys }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.attackType] }),
    index("incident_attack_types_type").on(t.attackType, t.incidentId),
  ],
);

export const incidentRevisions = sqliteTable(
  "incident_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    /** What kind of change: Published, Edited, Retracted, Merged. */
    summary: text("summary").notNull(),
    /** Why, in the words of whoever made the change; public. */
    reason: text("reason").notNull().default(""),
    /** The fields that changed, with their values before and after; public. */
    changes: text("changes", { mode: "json" }).$type<FieldChange[]>().notNull().default([]),
    /** The public source that justifies the change, when there is one. */
    sourceUrl: text("source_url"),
    /** The record as it stood after this revision, for the history view and audits. */
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    createdAt: timestamp("created_at"),
  },
  // Unique: the write layer's compare-and-set. Two writers that read the same revision both
  // insert revision n + 1; the second insert fails and rolls its whole batch back.
  (t) => [uniqueIndex("incident_revisions_incident").on(t.incidentId, t.revision)],
);

/**
 * Reports from contributors: private until a moderator acts. `contact_email` and `ip_hash` are
 * never part of a public response, a log or an export; the status token is kept only hashed.
 */
export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: reportKinds.keys }).notNull(),
    /** The incident a correction is about; null for a new incident. */
    incidentId: text("incident_id"),
    status: text("status", { enum: reportStatuses.keys }).notNull().default("pending"),
    /** The proposed incident, as validated at intake (the incident input without its id). */
    payload: text("payload", { mode: "json" }).$type<ReportPayload>().notNull(),
    creditName: text("credit_name"),
    contactEmail: text("contact_email"),
    contributorRole: text("contributor_role", { enum: contributorRoles.keys }).notNull(),
    /** SHA-256 of a secret salt and the client's IP address, for abuse control only. */
    ipHash: text("ip_hash").notNull(),
    /** SHA-256 of the bearer token of the contributor's status page. */
    statusTokenHash: text("status_token_hash").notNull(),
    decisionReason: text("decision_reason"),
    resultingIncidentId: text("resulting_incident_id"),
    /** Bumped by every change: the report's ETag for moderators. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at"),
    updatedAt: timestamp("updated_at"),
    decidedAt: text("decided_at"),
  },
  (t) => [
    index("reports_status_created").on(t.status, t.createdAt, t.id),
    index("reports_ip_hash").on(t.ipHash),
  ],
);

/**
 * `Idempotency-Key`s seen by intake (the key only hashed): a retry with the same key and the
 * same body gets the first answer, never a second report.
 */
export const idempotencyKeys = sqliteTable("idempotency_keys", {
  keyHash: text("key_hash").primaryKey(),
  /** SHA-256 of the report as validated, without its one-time Turnstile token. */
  bodyHash: text("body_hash").notNull(),
  reportId: text("report_id")
    .notNull()
    .references(() => reports.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at"),
});

/**
 * An incident's identifier in another public registry (HHS OCR portal, VCDB, EuRepoC, CIT
 * #HEALTH). A registry record names one incident at most: the key that makes imports idempotent.
 */
export const incidentRegistryRefs = sqliteTable(
  "incident_registry_refs",
  {
    registry: text("registry", { enum: registries.keys }).notNull(),
    ref: text("ref").notNull(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at"),
  },
  (t) => [
    primaryKey({ columns: [t.registry, t.ref] }),
    index("incident_registry_refs_incident").on(t.incidentId),
  ],
);

/** A single row whose version changes on every write: the ETag of every public read. */
export const datasetState = sqliteTable("dataset_state", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
  updatedAt: timestamp("updated_at"),
});

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = typeof incidents.$inferInsert;
export type SourceRow = typeof incidentSources.$inferSelect;
export type NewSourceRow = typeof incidentSources.$inferInsert;
export type NewAttackTypeRow = typeof incidentAttackTypes.$inferInsert;
export type NewRevisionRow = typeof incidentRevisions.$inferInsert;
export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;

export * from "./account-schema";
export * from "./audit-schema";
