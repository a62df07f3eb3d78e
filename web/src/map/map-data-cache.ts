/**
 * The map data already fetched, for views near the current one (prefetched while the map is
 * idle) or seen a moment ago: a move whose data is here redraws at once, with no request. Bounded:
 * the least recently used answer leaves first.
 */
import type { Bbox, MapResponse } from "../api/client";
import { type LoadedArea, needsFetch } from "./viewport";

export type Loaded = { area: LoadedArea; data: MapResponse };

/** About 8 views around the current one, each at most a few hundred KB of points. */
export const CACHE_ENTRIES = 16;

export class MapDataCache {
  readonly #entries: Loaded[] = [];

  constructor(private readonly capacity = CACHE_ENTRIES) {}

  /** The most recent answer that covers this view, or null. */
  find(view: Bbox, zoom: number, key: string): Loaded | null {
    const index = this.#entries.findIndex((entry) => !needsFetch(entry.area, view, zoom, key));
    if (index < 0) return null;
    const [entry] = this.#entries.splice(index, 1) as [Loaded];
    this.#entries.unshift(entry);
    return entry;
  }

  /** An answer of a newer dataset version makes the older ones stale. */
  add(entry: Loaded): void {
    if (this.#entries.some((e) => e.data.version !== entry.data.version)) this.clear();
    this.#entries.unshift(entry);
    this.#entries.length = Math.min(this.#entries.length, this.capacity);
  }

  /** Another dataset version or other filters make every answer useless. */
  clear(): void {
    this.#entries.length = 0;
  }

  get size(): number {
    return this.#entries.length;
  }
}
