/**
 * Where the bench looks: the densest places of the synthetic data (from its SQLite file), and
 * for the points-mode view the zoom at which the densest one shows 1,000–5,000 points, found by
 * loading the page, since the map box (toolbar, list pane) decides what the app asks for.
 */
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { loadAndDraw } from "./browser-page";

export type Place = { lat: number; lon: number; count: number };
export type MapView = { lat: number; lon: number; zoom: number };

/** The `k` one-degree squares with most incidents, each at its incidents' mean position. */
export function densestPlaces(sqliteFile: string, k: number): Place[] {
  const db = new Database(sqliteFile, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT avg(latitude) AS lat, avg(longitude) AS lon, count(*) AS count FROM incidents
         GROUP BY round(latitude), round(longitude) ORDER BY count DESC LIMIT ?`,
      )
      .all(k) as Place[];
  } finally {
    db.close();
  }
}

export function mapQuery({ lat, lon, zoom }: MapView): string {
  return `?map=${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`;
}

const MIN_POINTS = 1000;

/**
 * From city level outwards, the first zoom showing at least MIN_POINTS points; if the next zoom
 * out would already be cells (over the API's point limit), the last one in points mode.
 */
export async function findPointsView(
  browser: Browser,
  baseUrl: string,
  place: Place,
): Promise<MapView & { total: number }> {
  let best: (MapView & { total: number }) | null = null;
  for (let zoom = 12; zoom >= 3; zoom--) {
    const view = { lat: place.lat, lon: place.lon, zoom };
    const { page, first } = await loadAndDraw(browser, `${baseUrl}/${mapQuery(view)}`);
    await page.context().close();
    if (first.detail.mode === "cells") {
      if (best) return best;
      throw new Error(`the view ${mapQuery(view)} is already in cells mode at zoom ${zoom}`);
    }
    best = { ...view, total: first.detail.total };
    if (first.detail.total >= MIN_POINTS) return best;
  }
  if (!best) throw new Error("no points view found");
  return best;
}
