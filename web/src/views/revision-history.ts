/**
 * An incident's public history as the panel tells it: revisions newest first, and the key
 * figures (people affected, dates, verification) that changed, with each value's revision and
 * source. The API computes the figures' history (`keyFigureHistory`); this only chooses what
 * to show. Pure: no DOM.
 */
import { type KeyFigure, keyFigureFields } from "../../../worker/domain/key-figure-history";
import type { PublicIncident } from "../api/client";

export type PublicRevision = PublicIncident["revisions"][number];
export type KeyFigurePoint = PublicIncident["keyFigureHistory"][KeyFigure][number];

/** Revisions newest first, whatever order they came in. */
export function newestFirst(revisions: readonly PublicRevision[]): PublicRevision[] {
  return [...revisions].sort((a, b) => b.revision - a.revision);
}

/** The key figures whose value changed at least once, each with its values oldest first. */
export function keyFigureTimelines(
  history: PublicIncident["keyFigureHistory"],
): { field: KeyFigure; points: KeyFigurePoint[] }[] {
  return keyFigureFields
    .map((field) => ({ field, points: [...(history[field] ?? [])].sort((a, b) => a.revision - b.revision) }))
    .filter(({ points }) => points.length > 1);
}
