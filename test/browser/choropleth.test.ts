import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, numberIn, type TestPage, useBrowser } from "./support/browser";

/** The areas the regions map draws. */
async function areaCount(page: TestPage): Promise<number> {
  return page.locator(".leaflet-overlay-pane path.leaflet-interactive").count();
}

async function statsGroups(query: string): Promise<Map<string, number>> {
  const { groups } = (await (await fetch(appUrl(`/api/stats?${query}`))).json()) as {
    groups: { key: string; count: number }[];
  };
  return new Map(groups.map((g) => [g.key, g.count]));
}

describe("the regions map", () => {
  const browser = useBrowser();

  it("colours every country by its number of incidents, and a click on one filters to it", async () => {
    const page = await browser.open("/?mode=regions&map=5/46.6/2.5");
    await expect.poll(() => areaCount(page)).toBeGreaterThan(150);
    const countries = await statsGroups("by=country");
    const most = Math.max(...countries.values());
    expect(countries.get("FR")).toBe(most);
    expect(await page.locator(".legend summary").textContent()).toBe("Incidents per area");
    const legend = await page.locator(".legend li").allTextContents();
    expect(legend[0]).toBe("0");
    expect(legend.at(-1)).toMatch(new RegExp(`–${most}$`));

    // France, in the middle of the map, has the most incidents: the darkest class, and a tooltip.
    const map = (await page.locator("#map").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
    const fill = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute("fill"),
      centre,
    );
    expect(fill).toBe(await page.locator(".legend li").last().locator("circle").getAttribute("fill"));
    await page.mouse.move(centre.x, centre.y);
    const tooltip = page.locator(".leaflet-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(`France: ${most} incidents`);

    await page.mouse.click(centre.x, centre.y);
    await page.waitForURL(/country=FR/);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(most);
    // The map now shows France's régions.
    await expect.poll(() => areaCount(page)).toBe(18);
    expectNoConsoleErrors(page);
  });

  it("shows France by région and by département, and a click on one filters the list to it", async () => {
    const page = await browser.open("/?mode=regions&country=FR&map=6/46.6/2.5");
    await expect.poll(() => areaCount(page)).toBe(18);
    const regions = await statsGroups("by=subdivision&country=FR");

    await page.getByRole("radio", { name: "Départements" }).check();
    await page.waitForURL(/level=departements/);
    await expect.poll(() => areaCount(page)).toBe(101);
    const departements = await statsGroups("by=department&country=FR");

    // The Rhône (FR-69), around Lyon.
    const map = (await page.locator("#map").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    await page.goto(appUrl("/?mode=regions&country=FR&level=departements&map=9/45.85/4.6"));
    await expect.poll(() => areaCount(page)).toBe(101);
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await page.waitForURL(/subdivision=FR-69/);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(departements.get("FR-69"));
    expect(await page.locator("#f-subdivision").inputValue()).toBe("FR-69");

    await page.getByRole("radio", { name: "Régions" }).check();
    await expect.poll(() => areaCount(page)).toBe(18);
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await page.waitForURL(/subdivision=FR-ARA/);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(regions.get("FR-ARA"));
    expect(new URL(page.url()).searchParams.get("country")).toBe("FR");
    expectNoConsoleErrors(page);
  });
});
