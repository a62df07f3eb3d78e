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
  // The app marks each move that waits for the network (the idle prefetches do not count).
  const requested = () => page.evaluate(() => performance.getEntriesByName("map-data-requested").length);
  const before = await requested();
  const samples: RedrawSample[] = [];
  for (let i = 0; i < count; i++) {
    const delta = i % 2 === 0 ? 1 : -1;
    samples.push(
      await page.evaluate(async (delta) => {
        const bench = (window as unknown as BenchWindow).__bench;
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
  const mapRequests = (await requested()) - before;
  if (mapRequests > 0) throw new Error(`a "local" redraw requested /api/map ${mapRequests} times`);
  return samples;
}

export type RefetchSample = RedrawSample & {
  /** `ms` here ends at the `map-data-drawn` mark (new data fetched and drawn); this at its frame. */
  paintedMs: number;
  /** `source`: how the app got the data (cache: prefetched or seen before; network). */
  detail: { mode: string; total: number; source?: string };
};

/**
 * Moves to another place (the `pick`-th of `places`, among those outside the data loaded now at
 * the same zoom, so that the move cannot be served locally) at `zoom`; fails after 30 s without a new draw.
 */
export async function measureRefetch(
  page: Page,
  places: { lat: number; lon: number }[],
  zoom: number,
  pick: number,
): Promise<RefetchSample> {
  return page.evaluate(
    async ({ places, zoom, pick }) => {
      const bench = (window as unknown as BenchWindow).__bench;
      const map = bench.map;
      if (!map) throw new Error("the Leaflet map was not captured (see INIT_SCRIPT)");
      // Cells are per zoom: another zoom always refetches. At the same zoom, the app loaded the
      // view padded by a quarter each side: a place farther away needs a request.
      const loaded = map.getBounds().pad(0.3);
      const far = zoom !== map.getZoom() ? places : places.filter((p) => !loaded.contains([p.lat, p.lon]));
      const to = far[pick % far.length];
      if (!to) throw new Error("no place outside the loaded area to move to");
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("no map-data-drawn mark within 30 s of the move")), 30_000),
      );
      const drawn = Promise.race([bench.nextDraw(), timeout]);
      const start = performance.now();
      map.setView([to.lat, to.lon], zoom, { animate: false });
      const syncMs = performance.now() - start;
      const mark = await drawn;
      const painted = await bench.afterNextFrame();
      return { ms: mark.startTime - start, syncMs, paintedMs: painted - start, detail: mark.detail };
    },
    { places, zoom, pick },
  );
}
