/**
 * From a validated input and its located place to the rows the store keeps. The write layer's
 * functions and the benchmarks' bulk loader both build their rows here, so that every path
 * writes exactly the same rows.
 */
import { attackTypeMask } from "../../domain/attack-type-mask";
import type { AttackType } from "../../domain/enums";
import type { PointLocation } from "../../domain/geo/locate";
import type { FieldChange } from "../../domain/incident-changes";
import type { IncidentInput } from "../../domain/incident-input";
import { originalLanguageOf, textIn } from "../../domain/incident-text";
import { referenceDate } from "../../domain/reference-date";
import type { NewAttackTypeRow, NewIncidentRow, NewRevisionRow, NewSourceRow } from "../schema";

export type IncidentRows = {
  incident: NewIncidentRow;
  sources: NewSourceRow[];
  attackTypes: NewAttackTypeRow[];
  revision: NewRevisionRow;
};

/** The columns an input and its place give; status, revision and timestamps are the caller's. */
export function incidentColumns(input: IncidentInput, place: PointLocation) {
  const { sources: _sources, ransomDemanded, ...fields } = input;
  const { date, precision } = referenceDate(input);
  const originalLanguage = originalLanguageOf(input);
  // Validated input always has its original language written (incidentRules).
  const original = textIn(input, originalLanguage) as { title: string; summary: string };
  return {
    ...fields,
    title: input.title ?? null,
    summary: input.summary ?? null,
    titleFr: input.titleFr ?? null,
    summaryFr: input.summaryFr ?? null,
    inseeCode: input.inseeCode ?? null,
    originalLanguage,
    originalTitle: original.title,
    originalSummary: original.summary,
    ...place,
    date,
    datePrecision: precision,
    primaryType: input.attackTypes[0] as AttackType,
    attackTypeMask: attackTypeMask(input.attackTypes),
    ransomDemandedAmount: ransomDemanded?.amount ?? null,
    ransomDemandedCurrency: ransomDemanded?.currency ?? null,
  } satisfies Partial<NewIncidentRow>;
}

export function sourceRows(input: IncidentInput): NewSourceRow[] {
  return input.sources.map((source, position) => ({ incidentId: input.id, position, ...source }));
}

export function attackTypeRows(input: IncidentInput): NewAttackTypeRow[] {
  return input.attackTypes.map((attackType) => ({ incidentId: input.id, attackType }));
}

/** A revision: what changed and why, with the record as it stands after it. */
export function revisionRow(
  incident: NewIncidentRow,
  sources: readonly NewSourceRow[],
  change: {
    revision: number;
    summary: string;
    reason: string;
    changes: FieldChange[];
    sourceUrl?: string | null;
  },
  now: string,
): NewRevisionRow {
  // The mask is an index's copy of attackTypes, not part of the record.
  const { attackTypeMask: _mask, ...record } = incident;
  return {
    incidentId: incident.id,
    revision: change.revision,
    summary: change.summary,
    reason: change.reason,
    changes: change.changes,
    sourceUrl: change.sourceUrl ?? null,
    snapshot: { ...record, sources: sources.map(({ incidentId: _id, ...source }) => source) },
    createdAt: now,
  };
}

/** Every row of a new published incident, its first revision included. */
export function buildIncidentRows(
  input: IncidentInput,
  place: PointLocation,
  options: { reason: string; synthetic?: boolean; now?: string },
): IncidentRows {
  const now = options.now ?? new Date().toISOString();
  const incident: NewIncidentRow = {
    ...incidentColumns(input, place),
    status: "published",
    synthetic: options.synthetic ?? false,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
  const sources = sourceRows(input);
  const revision = revisionRow(
    incident,
    sources,
    { revision: 1, summary: "Published", reason: options.reason, changes: [] },
    now,
  );
  return { incident, sources, attackTypes: attackTypeRows(input), revision };
}
