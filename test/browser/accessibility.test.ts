import { describe, expect, it } from "vitest";
import {
  countFromApi,
  expectNoConsoleErrors,
  numberIn,
  seriousViolations,
  useBrowser,
} from "./support/browser";

describe("accessibility", () => {
  const browser = useBrowser();
  // axe is a script the CSP would refuse: only these pages bypass it, to run the check.
  const audit = { bypassCSP: true };

  it.each([
    ["the map view", "/", ".cluster"],
    ["the regions map", "/?mode=regions", ".leaflet-overlay-pane path"],
    ["the list view on a phone", "/?view=list", "#incident-list a"],
    ["an incident", "/?incident=fr-2021-ch-dax", "#incident-sources a"],
  ])("axe finds no serious or critical problem in %s", async (_name, path, ready) => {
    const phone = path.includes("view=list") ? { viewport: { width: 375, height: 812 } } : {};
    const page = await browser.open(path, { ...audit, ...phone });
    await page.locator(ready).first().waitFor();
    await page.waitForFunction(() => /\d/.test(document.getElementById("match-count")?.textContent ?? ""));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("lets a keyboard reach the list, open an incident and come back to where it was", async () => {
    const page = await browser.open("/");
    await expect.poll(() => numberIn(page, "#match-count")).toBe(await countFromApi(""));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("list-heading");
    await page.keyboard.press("Tab");
    const first = page.locator("#incident-list a").first();
    const id = await first.getAttribute("data-incident");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-incident"))).toBe(id);

    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`incident=${id}`));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("incident-title");
    expect(await page.locator("#incident-title").textContent()).toBe(await first.textContent());

    await page.keyboard.press("Escape");
    await page.waitForURL((url) => !url.searchParams.has("incident"));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-incident"))).toBe(id);
    expectNoConsoleErrors(page);
  });

  it("loads the next page of the list with the keyboard and puts focus on its first incident", async () => {
    const page = await browser.open("/?view=list", { viewport: { width: 375, height: 812 } });
    // Pages of 20 instead of 50, so that the sample data needs a second page.
    await page.route("**/api/incidents?*", (route) =>
      route.continue({ url: route.request().url().replace("limit=50", "limit=20") }),
    );
    await page.reload();
    const more = page.getByRole("button", { name: "Show more incidents" });
    await more.waitFor();
    expect(await page.locator("#incident-list > li").count()).toBe(20);
    await more.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#incident-list > li").count()).toBe(40);
    const twentyFirst = await page
      .locator("#incident-list > li")
      .nth(20)
      .locator("a")
      .getAttribute("data-incident");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-incident"))).toBe(
      twentyFirst,
    );
    expect(await page.locator("#match-count").textContent()).toContain("40 shown");

    const total = await countFromApi("");
    while (await more.isVisible()) {
      const shown = await page.locator("#incident-list > li").count();
      await more.click();
      await expect.poll(() => page.locator("#incident-list > li").count()).toBeGreaterThan(shown);
    }
    expect(await page.locator("#incident-list > li").count()).toBe(total);
    // The last page: nothing more to show, so no button that would do nothing.
    expect(await more.isVisible()).toBe(false);
    expect(await page.locator("#match-count").textContent()).toContain(`${total} shown`);
    expectNoConsoleErrors(page);
  });
});
