/**
 * An incident's public history as the panel tells it: each revision (when, what changed, why,
 * on which source) and, for the key figures, how each value evolved. Pure: no DOM.
 */
export type RevisionChange = { field: string; from: unknown; to: unknown };
export type PublicRevision = {
  revision: number;
  at: string;
  reason: string | null;
  changes: RevisionChange[] | null;
  sourceUrl: string | null;
};
export type KeyFigurePoint = { revision: number; at: string; value: unknown; sourceUrl: string | null };
export type KeyFigureHistory = Partial<Record<string, KeyFigurePoint[]>>;

/** The figures a reader follows over time: how many people, when, how sure. */
export const keyFigureFields = [
  "individualsAffected",
  "occurredOn",
  "discoveredOn",
  "disclosedOn",
  "verification",
] as const;

/** Revisions newest first, whatever order they came in. */
export function newestFirst(revisions: readonly PublicRevision[]): PublicRevision[] {
  return [...revisions].sort((a, b) => b.revision - a.revision);
}

/**
 * Each key figure's values, oldest first, one point per change of value. Taken from the API's
 * `keyFigureHistory` when it gives one; otherwise read from the revisions' changes, the first
 * point being the value the first change started from.
 */
export function keyFigureTimelines(
  revisions: readonly PublicRevision[],
  history?: KeyFigureHistory | null,
): { field: string; points: KeyFigurePoint[] }[] {
  const oldestFirst = [...revisions].sort((a, b) => a.revision - b.revision);
  return keyFigureFields
    .map((field) => ({
      field,
      points: history?.[field]
        ? [...history[field]].sort((a, b) => a.revision - b.revision)
        : fromChanges(field, oldestFirst),
    }))
    .filter((timeline) => timeline.points.length > 1);
}

function fromChanges(field: string, oldestFirst: readonly PublicRevision[]): KeyFigurePoint[] {
  const points: KeyFigurePoint[] = [];
  for (const revision of oldestFirst) {
    const change = revision.changes?.find((c) => c.field === field);
    if (!change) continue;
    if (points.length === 0) {
      const first = oldestFirst[0];
      points.push({
        revision: first?.revision ?? 1,
        at: first?.at ?? revision.at,
        value: change.from,
        sourceUrl: first?.sourceUrl ?? null,
      });
    }
    points.push({
      revision: revision.revision,
      at: revision.at,
      value: change.to,
      sourceUrl: revision.sourceUrl,
    });
  }
  return points;
}
