import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";

describe("the first view", () => {
  const browser = useBrowser();

  it.each(["/", "/?map=6/46.5/2.5"])(
    "loads the map data of %s with one request, never cancelled and sent again",
    async (path) => {
      // A page on the app's origin that is not the app, to listen before the app starts.
      const page = await browser.open("/api/meta");
      const mapRequests: Request[] = [];
      const failed: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/api/map") mapRequests.push(request);
      });
      page.on("requestfailed", (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      await page.goto(appUrl(path));
      await page.waitForFunction(() => performance.getEntriesByName("map-data-drawn").length > 0);
      expect(failed).toEqual([]);
      // The view's own request, once; the neighbouring views prefetched later are other URLs.
      const first = mapRequests[0]?.url();
      expect(mapRequests.filter((request) => request.url() === first)).toHaveLength(1);
      expectNoConsoleErrors(page);
    },
  );

  it.each([
    ["a desktop", { width: 1280, height: 800 }],
    ["a phone", { width: 375, height: 812 }],
  ])(
    "on %s, asks for the default view's data before the bundle runs, and the app takes those answers",
    async (_, viewport) => {
      const page = await browser.open("/api/meta", { viewport });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url().replace(appUrl(""), "")));
      const warnings: string[] = [];
      page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
      await page.goto(appUrl("/"));
      await page.waitForFunction(() => performance.getEntriesByName("map-data-drawn").length > 0);
      await page.waitForLoadState("networkidle");
      const zoom = viewport.width < 500 ? 1 : 2;
      const defaultMap = `/api/map?bbox=-180%2C-90%2C180%2C90&zoom=${zoom}`;
      for (const url of ["/api/meta", defaultMap, "/geo/world.json"]) {
        expect(requests.filter((r) => r === url)).toEqual([url]);
      }
      const preloaded = ["/api/meta", "/api/map", "/geo/world.json"];
      const initiators = await page.evaluate(
        (paths) =>
          (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
            .filter((entry) => paths.includes(new URL(entry.name).pathname))
            // The first of each: later /api/map entries are the prefetched neighbours.
            .filter(
              (entry, i, all) =>
                all.findIndex((e) => new URL(e.name).pathname === new URL(entry.name).pathname) === i,
            )
            .map((entry) => [new URL(entry.name).pathname, entry.initiatorType]),
        preloaded,
      );
      // Asked by web/public/first-view.js, whose fetch() runs before the bundle's first line.
      expect(initiators.sort()).toEqual(preloaded.map((path) => [path, "fetch"]).sort());
      expect(warnings.filter((w) => w.includes("preload"))).toEqual([]);
      expectNoConsoleErrors(page);
    },
  );

  it("asks for the list and the place filter's countries only once the map has drawn its data and boundaries", async () => {
    const page = await browser.open("/api/meta");
    // The boundaries come last here, as they do on a loaded machine: the list must wait for them.
    await page.route("**/geo/world.json", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(appUrl("/"));
    await page.waitForFunction(() =>
      performance
        .getEntriesByType("resource")
        .some((entry) => new URL(entry.name).pathname === "/api/incidents"),
    );
    const [data, drawn, later] = await page.evaluate(() => {
      const data = performance.getEntriesByName("map-data-drawn")[0];
      const base = performance.getEntriesByName("map-base-drawn")[0];
      const starts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => {
          const url = new URL(entry.name);
          return url.pathname === "/api/incidents" || url.searchParams.get("by") === "country";
        })
        .map((entry) => entry.startTime);
      return [data?.startTime ?? Number.NaN, base?.startTime ?? Number.NaN, starts] as const;
    });
    expect(drawn).toBeGreaterThan(data);
    expect(later).toHaveLength(2);
    for (const start of later) expect(start).toBeGreaterThanOrEqual(drawn);
    await page.locator("#incident-list li").first().waitFor();
    expectNoConsoleErrors(page);
  });

  it("loads the list at once when the map's data fails, without waiting for the first drawing", async () => {
    const page = await browser.open("/api/meta");
    await page.route("**/api/map?**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "about:blank", title: "Unavailable", status: 503 }),
      }),
    );
    await page.goto(appUrl("/"));
    await page.locator("#incident-list li").first().waitFor();
    const listAsked = await page.evaluate(
      () =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find(
          (entry) => new URL(entry.name).pathname === "/api/incidents",
        )?.startTime,
    );
    // Well before the 3 s the list would wait for a map that never draws (app.ts).
    expect(listAsked).toBeLessThan(2000);
  });
});
