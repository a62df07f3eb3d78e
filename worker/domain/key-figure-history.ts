/**
 * How the key figures of an incident evolved: individuals affected, its dates and its
 * verification, each as a list of values over time with the revision, the reason and the source
 * that brought them. Counts such as 500 → 100M → 192.7M are how real incidents unfold.
 */
import type { FieldChange } from "./incident-changes";

export const keyFigureFields = [
  "individualsAffected",
  "occurredOn",
  "discoveredOn",
  "disclosedOn",
  "verification",
] as const;

export type KeyFigure = (typeof keyFigureFields)[number];

export type KeyFigurePoint = {
  revision: number;
  at: string;
  value: unknown;
  reason: string;
  sourceUrl: string | null;
};

export type KeyFigureHistory = Record<KeyFigure, KeyFigurePoint[]>;

export type RevisionFacts = {
  revision: number;
  at: string;
  reason: string;
  changes: FieldChange[];
  sourceUrl: string | null;
};

/**
 * Walks the revisions back from the current values: each change's `from` is the value before
 * it. The first point is the value the incident was published with, at its first revision.
 *
 * @example
 * keyFigureHistory({ individualsAffected: 900 }, [r2 (500 → 900), r1]).individualsAffected
 * // [{ revision: 1, value: 500, … }, { revision: 2, value: 900, … }]
 */
export function keyFigureHistory(
  current: Record<KeyFigure, unknown>,
  newestFirst: readonly RevisionFacts[],
): KeyFigureHistory {
  const oldest = newestFirst.at(-1);
  const history = {} as KeyFigureHistory;
  for (const field of keyFigureFields) {
    const points: KeyFigurePoint[] = [];
    let value = current[field] ?? null;
    for (const revision of newestFirst) {
      const change = revision.changes.find((candidate) => candidate.field === field);
      if (!change || revision === oldest) continue;
      points.unshift(pointOf(revision, change.to ?? null));
      value = change.from ?? null;
    }
    if (oldest) points.unshift(pointOf(oldest, value));
    history[field] = points;
  }
  return history;
}

function pointOf(revision: RevisionFacts, value: unknown): KeyFigurePoint {
  const { revision: number, at, reason, sourceUrl } = revision;
  return { revision: number, at, value, reason, sourceUrl };
}
