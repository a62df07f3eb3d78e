import { describe, expect, it } from "vitest";
import {
  appUrl,
  countFromApi,
  drawnIncidents,
  expectNoConsoleErrors,
  numberIn,
  useBrowser,
} from "./support/browser";

type Region = [string, number, number, number];

async function regionsFromApi(query: string): Promise<{ regions: Region[]; pinned: number }> {
  const map = (await (await fetch(appUrl(`/api/map?${query}`))).json()) as {
    total: number;
    regions: Region[];
  };
  return { regions: map.regions, pinned: map.total };
}

async function regionalBadges(page: Parameters<typeof drawnIncidents>[0]): Promise<number> {
  const counts = await page.locator(".regional [aria-hidden='true']").allTextContents();
  return counts.reduce((sum, text) => sum + Number(text.replace(/[^\d]/g, "")), 0);
}

describe("incidents located only to a region or a country", () => {
  const browser = useBrowser();

  it("are one dashed count per region, never pinned or clustered, and count in the map's total", async () => {
    const { regions, pinned } = await regionsFromApi("bbox=-180,-90,180,90&zoom=1");
    const regional = regions.reduce((sum, [, n]) => sum + n, 0);
    expect(regional).toBeGreaterThan(0);
    const page = await browser.open("/?map=1/0/0");
    await expect.poll(() => page.locator(".regional").count()).toBe(regions.length);
    const total = await countFromApi("");
    expect(pinned + regional).toBe(total);
    expect(await regionalBadges(page)).toBe(regional);
    // Points and clusters hold only the pinned ones; the status line counts every incident.
    expect((await drawnIncidents(page)) - regional).toBe(pinned);
    await expect.poll(() => numberIn(page, ".map-count")).toBe(total);
    expect(await page.locator(".map-regional").textContent()).toBe(
      `${regional} incidents here are located only to a region or a country: counted in the dashed boxes, not pinned.`,
    );
    expectNoConsoleErrors(page);
  });

  it("selects the region on a click, and the list shows the incidents located there", async () => {
    const { regions } = await regionsFromApi("bbox=-180,-90,180,90&zoom=1&country=GB");
    expect(regions).toEqual([["GB", 2, expect.any(Number), expect.any(Number)]]);
    const page = await browser.open("/?map=5/53/-2");
    const badge = page.getByRole("button", {
      name: "2 incidents located only to United Kingdom, not to a place: show them",
    });
    // By keyboard: the badge is a button like the clusters; a cluster over it may take the mouse.
    await badge.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/country=GB/);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(await countFromApi("country=GB"));
    await expect
      .poll(() => page.locator("#incident-list a[data-incident='gb-2017-nhs-wannacry']").count())
      .toBe(1);
    expectNoConsoleErrors(page);
  });

  it("keeps the count of the region chosen before the page was first idle", async () => {
    const page = await browser.open("/?map=1/0/0");
    // A busy page: idle callbacks wait until the test lets them run.
    await page.addInitScript(() => {
      const held: IdleRequestCallback[] = [];
      Object.assign(window, { heldIdle: held });
      window.requestIdleCallback = (callback) => held.push(callback);
    });
    await page.goto(appUrl("/?map=5/53/-2"));
    const badge = page.getByRole("button", {
      name: "2 incidents located only to United Kingdom, not to a place: show them",
    });
    await badge.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/country=GB/);
    const inGb = await countFromApi("country=GB");
    await expect.poll(() => numberIn(page, "#match-count")).toBe(inGb);
    const released = await page.evaluate(() => {
      const held = (window as unknown as { heldIdle: IdleRequestCallback[] }).heldIdle.splice(0);
      for (const callback of held) callback({ didTimeout: false, timeRemaining: () => 50 });
      return held.length;
    });
    expect(released).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(await numberIn(page, "#match-count")).toBe(inGb);
    expectNoConsoleErrors(page);
  });

  it("count in their country's colour on the regions map", async () => {
    const { regions, pinned } = await regionsFromApi("country=FR");
    const regional = regions.reduce((sum, [, n]) => sum + n, 0);
    expect(regional).toBeGreaterThan(0);
    const page = await browser.open("/?mode=regions&map=5/46.6/2.5");
    await expect
      .poll(() => page.locator(".leaflet-overlay-pane path.leaflet-interactive").count())
      .toBeGreaterThan(150);
    const map = (await page.locator("#map").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    const tooltip = page.locator(".leaflet-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(`France: ${pinned + regional} incidents`);
    expectNoConsoleErrors(page);
  });

  it("are counted per country below zoom 5, and per subdivision once the map zooms in to 5", async () => {
    const { regions } = await regionsFromApi("bbox=-180,-90,180,90&zoom=5");
    const subdivision = regions.find(([code]) => code.length > 2);
    if (!subdivision) throw new Error("the sample data has no incident located only to a subdivision");
    const [code, , lat, lon] = subdivision;
    const page = await browser.open(`/?map=4/${lat}/${lon}`);
    await page.locator(".regional").first().waitFor();
    // Once the neighbouring views are prefetched (near Sydney, the eastern pan crosses 180°).
    await page.waitForFunction(() => performance.getEntriesByName("map-neighbours-cached").length > 0);
    // The badges' titles name a subdivision as "FR-BRE, France" (markers-mode.ts regionName).
    expect(await page.locator(`.regional[title*="${code},"]`).count()).toBe(0);
    await page.locator(".leaflet-control-zoom-in").click();
    await page.waitForURL(/map=5\//);
    await expect.poll(() => page.locator(`.regional[title*="${code},"]`).count()).toBe(1);
    expectNoConsoleErrors(page);
  });
});
