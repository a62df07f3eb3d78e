/**
 * Writes mapped HHS records through the one write path: a record whose key we hold is compared
 * (a changed figure becomes a revision that says so), one that matches an incident of ours is
 * linked to it (the portal becomes a source, the key is stored), any other is created. Each
 * record is one atomic batch, so a failure leaves no half-written record and a rerun resumes.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../worker/db/client";
import { getIncident } from "../../../worker/db/incident-queries";
import { findByRegistryRefs, linkRegistryRefs } from "../../../worker/db/registry-refs";
import { incidentRegistryRefs, incidents } from "../../../worker/db/schema";
import { createIncident, type ExtraStatements, updateIncident } from "../../../worker/db/writes";
import type { BoundarySource } from "../../../worker/domain/geo/boundary-source";
import { formatRegistryRef } from "../../../worker/domain/registry-ref";
import type { HhsRecord } from "./hhs-record";
import { HHS_PORTAL_URL } from "./hhs-record";
import type { ImportOutcome } from "./import-summary";
import { findSameIncident, type KnownIncident, organisationKey } from "./organisation-match";
import type { StatePoint } from "./state-points";

export type HhsImportContext = {
  db: Db;
  boundaries: BoundarySource;
  points: ReadonlyMap<string, StatePoint>;
  /** The incidents held before the import, by organisation key, for matching. */
  known: Map<string, KnownIncident[]>;
  /** Incident id by `hhs:key`, for idempotence. */
  byRef: Map<string, string>;
};

export async function prepareHhsImport(
  db: Db,
  boundaries: BoundarySource,
  points: ReadonlyMap<string, StatePoint>,
  records: readonly HhsRecord[],
): Promise<HhsImportContext> {
  const rows = await db
    .select({
      id: incidents.id,
      organisationName: incidents.organisationName,
      date: incidents.date,
      occurredOn: incidents.occurredOn,
      discoveredOn: incidents.discoveredOn,
      disclosedOn: incidents.disclosedOn,
    })
    .from(incidents);
  const known = new Map<string, KnownIncident[]>();
  const linked = new Set(
    (
      await db
        .select({ id: incidentRegistryRefs.incidentId })
        .from(incidentRegistryRefs)
        .where(eq(incidentRegistryRefs.registry, "hhs"))
    ).map((row) => row.id),
  );
  for (const row of rows) {
    // An incident already linked to a portal record is that record, not another one.
    if (linked.has(row.id)) continue;
    const dates = [row.date, row.occurredOn, row.discoveredOn, row.disclosedOn].filter(
      (d): d is string => !!d,
    );
    remember(known, { id: row.id, organisationName: row.organisationName, dates });
  }
  const byRef = await findByRegistryRefs(
    db,
    records.map((record) => record.ref),
  );
  return { db, boundaries, points, known, byRef };
}

function remember(known: Map<string, KnownIncident[]>, incident: KnownIncident): void {
  const key = organisationKey(incident.organisationName);
  known.set(key, [...(known.get(key) ?? []), incident]);
}

export async function applyHhsRecord(context: HhsImportContext, record: HhsRecord): Promise<ImportOutcome> {
  const { db, boundaries } = context;
  const key = formatRegistryRef(record.ref);
  const submitted = record.input.disclosedOn as string;
  const heldId = context.byRef.get(key);
  if (heldId) return reimport(context, heldId, record);

  const same = findSameIncident(context.known, record.input.organisationName, submitted);
  if (same) {
    const current = await getIncident(db, same.id);
    if (current?.status !== "published")
      return { kind: "skipped", reason: `matches ${same.id}, which is not published` };
    const hasPortal = current.sources.some((source) => source.url === HHS_PORTAL_URL);
    const changes = {
      ...(hasPortal ? {} : { sources: [...current.sources, ...record.input.sources] }),
      ...(current.individualsAffected === null && record.input.individualsAffected !== null
        ? { individualsAffected: record.input.individualsAffected }
        : {}),
    };
    const reason = `Listed on the HHS OCR breach portal (${key})${"individualsAffected" in changes ? `, which gives ${record.input.individualsAffected} individuals affected` : ""}`;
    if (Object.keys(changes).length === 0) {
      await db.batch(linkRegistryRefs(db, [record.ref])(same.id) as [never]);
    } else {
      await updateIncident(db, boundaries, same.id, changes, {
        expectedRevision: current.revision,
        reason,
        sourceUrl: HHS_PORTAL_URL,
        extra: linkRegistryRefs(db, [record.ref]),
      });
    }
    context.byRef.set(key, same.id);
    return { kind: "linked", id: same.id, reason };
  }

  const creation = creationOf(context, record);
  if ("kind" in creation) return creation;
  const { id } = await createIncident(db, boundaries, creation.input, creation);
  // Not remembered for matching: two portal records are two reports, even of one organisation.
  context.byRef.set(key, id);
  return { kind: "created", id };
}

/** Whether `applyHhsRecord` would create a new incident for it (not held, matching none of ours). */
export function isNewRecord(context: HhsImportContext, record: HhsRecord): boolean {
  if (context.byRef.has(formatRegistryRef(record.ref))) return false;
  return !findSameIncident(context.known, record.input.organisationName, record.input.disclosedOn as string);
}

/** The new incident of a record: at its state (precision subdivision), or the US when it has none. */
export function creationOf(
  context: HhsImportContext,
  record: HhsRecord,
): { input: Record<string, unknown>; reason: string; extra: ExtraStatements } | ImportOutcome {
  const point =
    context.points.get(record.state ? `US-${record.state}` : "US") ??
    (record.state ? context.points.get(record.state) : undefined);
  if (!point) return { kind: "skipped", reason: `no place for state ${JSON.stringify(record.state)}` };
  return {
    input: {
      ...record.input,
      ...point,
      city: null,
      locationPrecision: record.state ? "subdivision" : "country",
    },
    reason: `Imported from the HHS OCR breach portal (${formatRegistryRef(record.ref)})`,
    extra: linkRegistryRefs(context.db, [record.ref]),
  };
}

/** A record imported before: only a changed figure is news, and it becomes a revision. */
async function reimport(context: HhsImportContext, id: string, record: HhsRecord): Promise<ImportOutcome> {
  const current = await getIncident(context.db, id);
  if (!current) return { kind: "skipped", reason: `its incident ${id} is gone` };
  const figure = record.input.individualsAffected;
  if (current.status !== "published" || figure === null || figure === current.individualsAffected) {
    return { kind: "unchanged", id };
  }
  const reason = `The HHS OCR breach portal now gives ${figure} individuals affected (was ${current.individualsAffected ?? "unknown"})`;
  await updateIncident(
    context.db,
    context.boundaries,
    id,
    { individualsAffected: figure },
    {
      expectedRevision: current.revision,
      reason,
      sourceUrl: HHS_PORTAL_URL,
    },
  );
  return { kind: "updated", id, reason };
}
