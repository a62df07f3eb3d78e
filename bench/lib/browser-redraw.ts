/// <reference lib="dom" />
/**
 * Redraws after a viewport change, on a page that has drawn its first data. The map is moved
 * programmatically without animation (setView, animate: false), so that Leaflet's 250 ms zoom
 * animation is not counted: the clock starts at the move and the handlers run at once.
 */
import type { Page } from "playwright-core";
import type { BenchWindow } from "./browser-page";

export type RedrawSample = {
  /** The move to the end of the next rendered frame. */
  ms: number;
  /** The synchronous part: Leaflet's move events and the clusterer's work. */
  syncMs: number;
};

/**
 * Zooms in and out by one level, `count` moves, within the data already loaded (points mode,
 * padded box): no request should be made. The app marks only draws that follow a fetch, so the
 * end is the next rendered frame. Throws if a move did fetch: the sample would be a refetch.
 */
export async function measureLocalRedraws(page: Page, count: number): Promise<RedrawSample[]> {
  let mapRequests = 0;
  const onRequest = (request: { url: () => string }) => {
    if (new URL(request.url()).pathname === "/api/map") mapRequests++;
  };
  page.on("request", onRequest);
  const samples: RedrawSample[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const delta = i % 2 === 0 ? 1 : -1;
      samples.push(
        await page.evaluate(async (delta) => {
          const bench = (window as BenchWindow).__bench;
          const map = bench.map;
          if (!map) throw new Error("the Leaflet map was not captured (see INIT_SCRIPT)");
          const start = performance.now();
          map.setView(map.getCenter(), map.getZoom() + delta, { animate: false });
          const syncMs = performance.now() - start;
          return { ms: (await bench.afterNextFrame()) - start, syncMs };
        }, delta),
      );
      // Lets leaflet.markercluster finish its 300 ms clean-up, and any request show up.
      await page.waitForTimeout(500);
    }
  } finally {
    page.off("request", onRequest);
  }
  if (mapRequests > 0) throw new Error(`a "local" redraw requested /api/map ${mapRequests} times`);
  return samples;
}

export type RefetchSample = RedrawSample & {
  /** The move to the `map-data-drawn` mark after the new data arrived and was drawn. */
  drawnMs: number;
  detail: { mode: string; total: number };
};

/** Moves to another place or zoom, which needs new data from the API. */
export async function measureRefetch(
  page: Page,
  to: { lat: number; lon: number; zoom: number },
): Promise<RefetchSample> {
  return page.evaluate(async ({ lat, lon, zoom }) => {
    const bench = (window as BenchWindow).__bench;
    const map = bench.map;
    if (!map) throw new Error("the Leaflet map was not captured (see INIT_SCRIPT)");
    const drawn = bench.nextDraw();
    const start = performance.now();
    map.setView([lat, lon], zoom, { animate: false });
    const syncMs = performance.now() - start;
    const mark = await drawn;
    const painted = await bench.afterNextFrame();
    return { ms: painted - start, syncMs, drawnMs: mark.startTime - start, detail: mark.detail };
  }, to);
}
