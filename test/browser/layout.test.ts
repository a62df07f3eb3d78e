import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countFromApi, expectNoConsoleErrors, numberIn, type TestPage, useBrowser } from "./support/browser";

const artefacts = new URL("../../test-results/", import.meta.url).pathname;
mkdirSync(artefacts, { recursive: true });

const phone = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function horizontalOverflow(page: TestPage): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function isVisibleInViewport(page: TestPage, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  return Boolean(
    box && viewport && box.width > 0 && box.x >= 0 && box.x + box.width <= viewport.width && box.y >= 0,
  );
}

describe("the layout", () => {
  const browser = useBrowser();

  it("shows filters, map and list side by side in a 1280×800 window", async () => {
    const page = await browser.open("/");
    await page.locator(".cluster").first().waitFor();
    await expect.poll(() => numberIn(page, "#match-count")).toBe(await countFromApi(""));
    const [filters, map, list] = await Promise.all(
      ["#filters", "#map", "#list-pane"].map((s) => page.locator(s).boundingBox()),
    );
    expect(filters && map && list && filters.x + filters.width <= map.x && map.x + map.width <= list.x).toBe(
      true,
    );
    expect(await page.locator("#view-map").isVisible()).toBe(false);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artefacts}desktop-map.png` });
    expectNoConsoleErrors(page);
  });

  it("is usable on a 375-pixel phone: one pane at a time, filters in a panel, no sideways scrolling", async () => {
    const page = await browser.open("/", phone);
    await page.locator(".cluster").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    for (const toggle of ["#filters-toggle", "#view-map", "#view-list", "#lang-fr"]) {
      expect(await isVisibleInViewport(page, toggle), toggle).toBe(true);
    }
    const map = await page.locator("#map").boundingBox();
    expect(map?.width).toBe(375);
    expect(map?.height).toBeGreaterThan(400);
    expect(await page.locator("#list-pane").isVisible()).toBe(false);
    expect(await page.locator("#filters").isVisible()).toBe(false);
    await page.screenshot({ path: `${artefacts}phone-map.png` });

    await page.locator("#view-list").click();
    await page.waitForURL(/view=list/);
    await page.locator("#incident-list a").first().waitFor();
    expect(await page.locator("#map").isVisible()).toBe(false);
    expect(await page.locator("#view-list").getAttribute("aria-pressed")).toBe("true");
    expect(await isVisibleInViewport(page, "#incident-list a >> nth=0")).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artefacts}phone-list.png` });

    await page.locator("#filters-toggle").click();
    expect(await page.locator("#filters-toggle").getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("checkbox", { name: "Data theft", exact: true }).check();
    await expect.poll(() => numberIn(page, "#match-count")).toBe(await countFromApi("type=data_theft"));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artefacts}phone-filters.png`, fullPage: false });
    await page.locator("#filters-toggle").click();
    expect(await page.locator("#filters").isVisible()).toBe(false);

    await page.locator("#incident-list a").first().click();
    await page.locator("#incident-title").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artefacts}phone-incident.png` });
    expectNoConsoleErrors(page);
  });
});
