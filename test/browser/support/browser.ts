/**
 * Debian's Chromium driven by playwright-core, one browser per test file, one context per
 * page so that storage and caches never leak from one test into another. Every page records
 * console errors and uncaught exceptions; `expectNoConsoleErrors` fails a test that made any.
 */
import { createRequire } from "node:module";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { launchChromium } from "../../support/chromium";

const require = createRequire(import.meta.url);
export const appUrl = (path = "/") => `${inject("appUrl")}${path}`;

export type TestPage = Page & { errors: string[] };

export function useBrowser(): { open: (path: string, options?: BrowserContextOptions) => Promise<TestPage> } {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: "en-GB",
        ...options,
      });
      const page = (await context.newPage()) as TestPage;
      page.errors = [];
      page.on("console", (message) => {
        if (message.type() === "error") page.errors.push(message.text());
      });
      page.on("pageerror", (error) => page.errors.push(error.message));
      await page.goto(appUrl(path));
      return page;
    },
  };
}

export function expectNoConsoleErrors(page: TestPage): void {
  expect(page.errors).toEqual([]);
}

/** axe-core's serious and critical violations. axe is injected in a context that bypasses the CSP, as only this check needs. */
export async function seriousViolations(
  page: TestPage,
): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** The number in an element's text, e.g. 49 from "49 incidents match the filters". */
export async function numberIn(page: Page, selector: string): Promise<number> {
  const text = (await page.locator(selector).textContent()) ?? "";
  const match = /[\d\u202f\u00a0,]+/.exec(text);
  return match ? Number(match[0].replace(/[^\d]/g, "")) : Number.NaN;
}

/** Incidents the API counts for these filters (each incident has one month). */
export async function countFromApi(query: string): Promise<number> {
  const response = await fetch(appUrl(`/api/stats?by=month${query ? `&${query}` : ""}`));
  const { groups } = (await response.json()) as { groups: { count: number }[] };
  return groups.reduce((sum, g) => sum + g.count, 0);
}

/**
 * What the markers on the map add up to: cluster bubbles' counts, single incidents, and the
 * dashed counts of incidents located only to a region.
 */
export async function drawnIncidents(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bubbles = [
      ...document.querySelectorAll(".cluster [aria-hidden='true'], .regional [aria-hidden='true']"),
    ].map((e) => Number(e.textContent?.replace(/[^\d]/g, "")));
    const points = document.querySelectorAll(".leaflet-points-pane path.leaflet-interactive").length;
    return bubbles.reduce((a, b) => a + b, 0) + points;
  });
}
