/**
 * Which area of the map to ask the API for, and whether the data already loaded still covers
 * the view. A padded box lets small pans reuse the loaded data; points cover any zoom on the same
 * side of SUBDIVISION_COUNTS_MIN_ZOOM (they are clustered here), cells are made for one zoom level
 * and must be fetched again when it changes.
 */
import { countsPerSubdivision } from "../../../worker/domain/map-data";
import type { Bbox } from "../api/client";

/** Each side grows by a quarter of the view: the box is 50 % wider and taller than the view. */
export const PAD_RATIO = 0.25;

/** Views this far out ask for the whole world: one URL for them all, which the page preloads. */
export const WORLD_ZOOM = 2;
export const WORLD: Bbox = { west: -180, south: -90, east: 180, north: 90 };

export type LoadedArea = { bbox: Bbox; zoom: number; mode: "points" | "cells"; key: string };

/** Limits a box to the world: latitudes to ±90, longitudes to ±180 (the map does not wrap). */
export function clampBbox(b: Bbox): Bbox {
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  return {
    west: clamp(b.west, 180),
    south: clamp(b.south, 90),
    east: clamp(b.east, 180),
    north: clamp(b.north, 90),
  };
}

export function padBbox(b: Bbox, ratio = PAD_RATIO): Bbox {
  const dx = (b.east - b.west) * ratio;
  const dy = (b.north - b.south) * ratio;
  return clampBbox({ west: b.west - dx, south: b.south - dy, east: b.east + dx, north: b.north + dy });
}

/**
 * The box to ask the API for at this view: the padded view, or the world for a world view (the
 * first view's URL, preloaded by web/public/first-view.js, must not depend on the window's size).
 */
export function requestBbox(view: Bbox, zoom: number): Bbox {
  return zoom <= WORLD_ZOOM ? WORLD : padBbox(view);
}

/** The smallest box holding every one of these boxes. */
export function unionBbox(first: Bbox, ...rest: Bbox[]): Bbox {
  return rest.reduce(
    (u, b) => ({
      west: Math.min(u.west, b.west),
      south: Math.min(u.south, b.south),
      east: Math.max(u.east, b.east),
      north: Math.max(u.north, b.north),
    }),
    first,
  );
}

/**
 * What the view one zoom level out is asked for with: its own box and the pans next to the
 * current view, so that one answer serves five views. Within the world: a pan past the
 * antimeridian reaches beyond 180°, which the API refuses (a 400 near Sydney at zoom 4).
 */
export function zoomOutRequestBbox(own: Bbox, pans: readonly Bbox[]): Bbox {
  return clampBbox(unionBbox(own, ...pans));
}

export function containsBbox(outer: Bbox, inner: Bbox): boolean {
  const view = clampBbox(inner);
  return (
    outer.west <= view.west &&
    outer.east >= view.east &&
    outer.south <= view.south &&
    outer.north >= view.north
  );
}

/**
 * Whether the view needs a request, given what was loaded (`key` identifies the filters). Points
 * serve any zoom, except across SUBDIVISION_COUNTS_MIN_ZOOM: the regional counts sent with them
 * are per country on one side and per subdivision on the other.
 */
export function needsFetch(loaded: LoadedArea | null, view: Bbox, zoom: number, key: string): boolean {
  if (!loaded || loaded.key !== key || !containsBbox(loaded.bbox, view)) return true;
  return (
    (loaded.mode === "cells" && loaded.zoom !== zoom) ||
    countsPerSubdivision(loaded.zoom) !== countsPerSubdivision(zoom)
  );
}

export function inBbox(b: Bbox, lat: number, lon: number): boolean {
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}
