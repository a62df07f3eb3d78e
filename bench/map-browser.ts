/**
 * The map in headless Chromium against its budgets (DESIGN.md, "Budgets"): for each size, a
 * synthetic state served by `wrangler dev`, then first paint with data (world and a dense
 * points-mode view), redraws after a move (local and refetching), first-view bytes and JS, and
 * supercluster against leaflet.markercluster. Prints tables, writes bench/results/browser-<date>.json.
 */

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/support/chromium";
import { startWranglerDev } from "../test/support/wrangler-dev";
import { measureFirstViewBytes } from "./lib/browser-bytes";
import { type FirstDraw, loadAndDraw } from "./lib/browser-page";
import { densestPlaces, findPointsView, mapQuery } from "./lib/browser-places";
import {
  measureLocalRedraws,
  measureRefetch,
  type RedrawSample,
  type RefetchSample,
} from "./lib/browser-redraw";
import { checkBudgets, printReport, type SizeResult } from "./lib/browser-report";
import { summarizeFirst, summarizeRedraw } from "./lib/browser-summary";
import { loadAtStart, writeResults } from "./lib/results-file";
import { buildSyntheticState, ROOT } from "./lib/synthetic-state";

/** Page loads per view and size; each also measures redraws. Few: a load at 100k takes seconds. */
const REPS = 7;
/** The densest places: the points view is at the first, refetches move to the others. */
const PLACES = 30;
/** Local redraws per points-mode page (zoom +1, −1, …). */
const LOCAL_MOVES = 4;

export async function runMapBrowserBench({ sizes }: { sizes: number[] }) {
  if (!existsSync(join(ROOT, "web/dist/index.html"))) {
    throw new Error("web/dist is missing (wrangler dev serves it): run `npm run build` first");
  }
  const loadavgAtStart = loadAtStart("\nBrowser bench: ");
  const browser = await launchChromium();
  const results: SizeResult[] = [];
  try {
    for (const n of sizes) results.push(await benchSize(browser, n));
  } finally {
    await browser.close();
  }
  const checks = checkBudgets(results);
  printReport(results, checks);

  const settings = { reps: REPS, localMoves: LOCAL_MOVES, browser: browser.version() };
  const file = writeResults("browser", loadavgAtStart, { settings, results, checks });
  if (checks.some((c) => !c.pass)) console.log("Some budgets FAIL: see the table above.");
  return { results, checks, file };
}

async function benchSize(browser: Browser, n: number): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), `healthbreach-browser-${n}-`));
  try {
    const state = await buildSyntheticState(n, dir);
    console.log(`N=${n}: state ${state.fromCache ? "copied from bench/.cache" : "built"}`);
    // Many targets for the refetches, so that each run asks the API for a box it has not cached.
    const places = densestPlaces(state.sqliteFile, PLACES);
    const server = await startWranglerDev(state.dir);
    try {
      return await measureSize(browser, server.url, n, places);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureSize(
  browser: Browser,
  url: string,
  n: number,
  places: ReturnType<typeof densestPlaces>,
) {
  // First, before anything warms the Worker's Cache API: the world view with every cache cold.
  const cold = await loadAndDraw(browser, `${url}/`);
  await cold.page.context().close();
  const bytes = await measureFirstViewBytes(browser, `${url}/`);
  const view = await findPointsView(browser, url, places[0] as (typeof places)[0]);
  console.log(`  points view ${mapQuery(view)}: ${view.total} points; ${REPS} runs per view…`);

  const first = { world: [] as FirstDraw[], sc: [] as FirstDraw[], mc: [] as FirstDraw[] };
  const redraw = {
    sc: [] as RedrawSample[],
    mc: [] as RedrawSample[],
    cells: [] as RefetchSample[],
    pan: [] as RefetchSample[],
  };
  const visit = async (query: string, into: FirstDraw[], then: (page: Page) => Promise<void>) => {
    const { page, first } = await loadAndDraw(browser, `${url}/${query}`);
    into.push(first);
    // The rest of the first view (boundaries, list, charts) settles before a move is timed.
    await page.waitForLoadState("networkidle");
    await then(page);
    await page.context().close();
  };
  // Views interleaved run by run, so that load from other work on the machine spreads evenly.
  for (let run = 0; run < REPS; run++) {
    await visit("", first.world, async (page) => {
      redraw.cells.push(await measureRefetch(page, places, 3, run));
    });
    await visit(mapQuery(view), first.sc, async (page) => {
      redraw.sc.push(...(await measureLocalRedraws(page, LOCAL_MOVES)));
      redraw.pan.push(await measureRefetch(page, places, view.zoom, run));
    });
    await visit(`${mapQuery(view)}&clusterer=markercluster`, first.mc, async (page) => {
      redraw.mc.push(...(await measureLocalRedraws(page, LOCAL_MOVES)));
    });
  }
  const result: SizeResult = {
    n,
    pointsView: `${mapQuery(view)} (${view.total} points)`,
    firstPaint: [
      summarizeFirst("world (default)", first.world),
      summarizeFirst("world, API cache cold", [cold.first]),
      summarizeFirst("points, supercluster", first.sc),
      summarizeFirst("points, markercluster", first.mc),
    ],
    redraw: [
      summarizeRedraw("local zoom ±1, supercluster", redraw.sc),
      summarizeRedraw("local zoom ±1, markercluster", redraw.mc),
      summarizeRedraw("refetch: world → zoom 3 (cells)", redraw.cells),
      summarizeRedraw("refetch: pan to another city", redraw.pan),
    ],
    bytes,
  };
  return result;
}
