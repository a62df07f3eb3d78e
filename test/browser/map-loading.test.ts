import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, countFromApi, expectNoConsoleErrors, numberIn, useBrowser } from "./support/browser";

/** Zoom 1 on a 1280×800 window shows the whole world, so the map holds every matching incident. */
const WORLD = "/?map=1/0/0";

describe("loading the map's data", () => {
  const browser = useBrowser();

  it("zooms into a cluster when it is clicked, and keeps the position in the URL", async () => {
    const page = await browser.open("/?map=2/45/-20");
    const clusters = page.locator(".cluster");
    await clusters.first().waitFor();
    // A cluster of incidents at one and the same place opens a popup instead of zooming; the
    // largest cluster on the world view gathers many places, so a click on it must zoom.
    // Among those the legend and the map's edge leave clear, so that a click reaches it.
    const counts = await clusters.evaluateAll((bubbles) => {
      const map = document.getElementById("map")?.getBoundingClientRect();
      const legend = document.querySelector(".legend")?.getBoundingClientRect();
      return bubbles.map((bubble) => {
        const b = bubble.getBoundingClientRect();
        const inside =
          map && b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
        const underLegend =
          legend &&
          b.right > legend.left &&
          b.left < legend.right &&
          b.bottom > legend.top &&
          b.top < legend.bottom;
        return inside && !underLegend
          ? Number(bubble.querySelector("[aria-hidden='true']")?.textContent?.replace(/\D/g, ""))
          : 0;
      });
    });
    await clusters.nth(counts.indexOf(Math.max(...counts))).click();
    await page.waitForURL((url) => Number(url.searchParams.get("map")?.split("/")[0]) > 2);
    expectNoConsoleErrors(page);
  });

  it("says so, with a way to retry, when the API cannot be reached", async () => {
    const page = await browser.open("/?map=1/0/0");
    await page.locator(".cluster").first().waitFor();
    await page.route("**/api/map**", (route) => route.abort("connectionrefused"));
    await page.getByRole("checkbox", { name: "DDoS", exact: true }).check();
    const alert = page.locator(".map-error");
    await alert.getByRole("button", { name: "Retry" }).waitFor();
    expect(await alert.textContent()).toContain("cannot be reached");
    // The message makes the status line taller and the map shorter: the map asks again for its
    // new box (and fails again). Let that settle before the API comes back, or that request
    // would succeed and take the Retry button away before the click.
    await afterResize(page);
    await page.locator("#map-pane[aria-busy='false']").waitFor();
    await page.unroute("**/api/map**");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => numberIn(page, ".map-count")).toBe(await countFromApi("type=ddos"));
    expect(await alert.textContent()).toBe("");
  });

  it("re-clusters loaded points when zooming in, without asking the API again", async () => {
    const page = await browser.open(WORLD);
    await expect.poll(() => numberIn(page, ".map-count")).toBe(await countFromApi(""));
    const requests: string[] = [];
    page.on("request", (request) => request.url().includes("/api/map") && requests.push(request.url()));
    const clusters = await page.locator(".cluster").count();
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("map")?.startsWith("2/") ?? false);
    await expect.poll(() => page.locator(".cluster").count()).toBeGreaterThan(clusters);
    expect(requests).toEqual([]);
  });

  it("draws server-side grid cells as count bubbles, shows that it is loading, and zooms into a cell", async () => {
    const page = await browser.open(WORLD);
    await page.locator(".cluster").first().waitFor();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const zooms: string[] = [];
    await page.route("**/api/map**", async (route) => {
      zooms.push(new URL(route.request().url()).searchParams.get("zoom") ?? "");
      await held;
      await route.fulfill({
        json: {
          version: 1,
          mode: "cells",
          total: 12000,
          cellSize: 22.5,
          cells: [
            [48.8, 2.3, 7000, "ransomware"],
            [40.7, -74, 5000, "data_theft"],
          ],
          regions: [],
        },
      });
    });
    await page.getByRole("checkbox", { name: "Phishing or account compromise" }).check();
    await page.locator(".map-loading").waitFor({ state: "visible" });
    expect(await page.locator("#map-pane").getAttribute("aria-busy")).toBe("true");
    release();
    await page.locator(".map-loading").waitFor({ state: "hidden" });
    await expect
      .poll(() => page.locator(".cluster [aria-hidden='true']").allTextContents())
      .toEqual(["7,000", "5,000"]);
    expect(await numberIn(page, ".map-count")).toBe(12000);
    expect(await page.locator(".cluster").first().getAttribute("title")).toBe(
      "7,000 incidents, mostly Ransomware: zoom in",
    );

    await page.locator(".cluster").first().click();
    await page.waitForURL((url) => url.searchParams.get("map")?.startsWith("3/") ?? false);
    // Cells are made for one zoom level: a new zoom asks again.
    // (Other zooms may be prefetched around it while the map rests.)
    await expect.poll(() => zooms).toContain("3");
  });

  it("lists the incidents that share one place when their cluster is clicked at the last zoom", async () => {
    const { points } = (await (await fetch(appUrl("/api/map"))).json()) as {
      points: [string, number, number][];
    };
    const paris = points.filter(([, lat, lon]) => lat === 48.8566 && lon === 2.3522).map(([id]) => id);
    expect(paris.length).toBeGreaterThan(1);
    const page = await browser.open("/?map=18/48.8566/2.3522");
    const cluster = page.locator(".cluster");
    await cluster.waitFor();
    expect(await cluster.locator("[aria-hidden='true']").textContent()).toBe(String(paris.length));
    await cluster.click();
    const links = page.locator(".leaflet-popup .popup-list a");
    await expect.poll(() => links.count()).toBe(paris.length);
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute("data-incident")))).sort()).toEqual(
      paris.sort(),
    );
    // Titles replace the ids once fetched.
    await expect
      .poll(async () => (await links.allTextContents()).some((text) => paris.includes(text)))
      .toBe(false);
    expect(new URL(page.url()).searchParams.get("map")?.startsWith("18/")).toBe(true);
    expectNoConsoleErrors(page);
  });

  it("shows the API's own explanation when it refuses the filters", async () => {
    const page = await browser.open("/?from=2022&to=2021");
    const list = page.locator(".list-error");
    await expect.poll(() => list.textContent()).toMatch(/^The request failed: .*`to` is before `from`\./);
    await expect.poll(() => page.locator(".map-error").textContent()).toContain("`to` is before `from`.");
    expect(await page.locator("#incident-list > li").count()).toBe(0);
  });
});

/** Resolves once the browser has laid out, and told resize observers of, what changed until now. */
function afterResize(page: Page): Promise<void> {
  // A frame's resize observers run after its animation frame callbacks: two frames cover it.
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
