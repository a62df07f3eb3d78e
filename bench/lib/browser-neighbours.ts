/// <reference lib="dom" />
/**
 * Redraws that need data the map has not drawn, one move away: a zoom level in or out, or a
 * pan by one whole view. The app prefetches these while the map rests, so the bench first lets
 * it rest (no /api/map request under way for a while), then moves and times the move to the
 * frame after the new data is drawn, whichever way the data came (`source`: cache or network).
 */
import type { Page } from "playwright-core";
import type { BenchWindow } from "./browser-page";
import type { RefetchSample } from "./browser-redraw";

export type NeighbourMove = "zoom in" | "zoom out" | "pan east";

/** Waits until no /api/map request has been under way for `quietMs` (at most `timeoutMs`). */
export async function waitForQuietMap(page: Page, quietMs = 800, timeoutMs = 20_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const isMap = (r: { url: () => string }) => new URL(r.url()).pathname === "/api/map";
  const counter = (step: number) => (r: { url: () => string }) => {
    if (!isMap(r)) return;
    inFlight += step;
    last = Date.now();
  };
  const started = counter(1);
  const ended = counter(-1);
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < quietMs)) {
      await page.waitForTimeout(100);
    }
  } finally {
    page.off("request", started);
    page.off("requestfinished", ended);
    page.off("requestfailed", ended);
  }
}

/** Rests, then makes `move` and times it; fails after 30 s without a new draw. */
export async function measureNeighbourMove(page: Page, move: NeighbourMove): Promise<RefetchSample> {
  await waitForQuietMap(page);
  return page.evaluate(async (move) => {
    const bench = (window as unknown as BenchWindow).__bench;
    const map = bench.map;
    if (!map) throw new Error("the Leaflet map was not captured (see INIT_SCRIPT)");
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no map-data-drawn mark within 30 s of "${move}"`)), 30_000),
    );
    const drawn = Promise.race([bench.nextDraw(), timeout]);
    const redrawn = () => performance.getEntriesByName("map-data-redrawn").length;
    const before = redrawn();
    const start = performance.now();
    if (move === "pan east") map.panBy([map.getSize().x, 0], { animate: false });
    else map.setView(map.getCenter(), map.getZoom() + (move === "zoom in" ? 1 : -1), { animate: false });
    const syncMs = performance.now() - start;
    if (redrawn() > before) {
      // The data drawn already covered the new view (a wider box loaded by an earlier move):
      // a redraw without new data, at once, as the app's own mark says.
      const painted = await bench.afterNextFrame();
      return {
        ms: painted - start,
        syncMs,
        paintedMs: painted - start,
        detail: { mode: "local", total: 0, source: "drawn already" },
      };
    }
    const mark = await drawn;
    const painted = await bench.afterNextFrame();
    // Judged to the rendered frame: that is when the reader sees the new data.
    return { ms: painted - start, syncMs, paintedMs: painted - start, detail: mark.detail };
  }, move);
}
