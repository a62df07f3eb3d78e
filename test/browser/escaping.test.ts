import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, type TestPage, useBrowser } from "./support/browser";

const HOSTILE = `<img src=x onerror="window.__pwned=1">Clinic & "Co"`;
const SINGAPORE = "sg-2018-singhealth";
/** Singapore holds more than one incident; of them only SingHealth is a data theft, so its point stands alone. */
const SINGAPORE_VIEW = "/?map=8/1.29/103.85&type=data_theft";

/** Serves the real API, with every incident title replaced by markup. */
async function withHostileTitles(page: TestPage): Promise<void> {
  await page.route("**/api/incidents**", async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { title?: string; items?: { title: string }[] };
    if (body.title) body.title = HOSTILE;
    for (const item of body.items ?? []) item.title = HOSTILE;
    await route.fulfill({ response, json: body });
  });
}

describe("data shown in the page", () => {
  const browser = useBrowser();

  it("is text, never markup: in the list, the incident panel and the map's popups", async () => {
    const page = await browser.open(SINGAPORE_VIEW);
    await withHostileTitles(page);
    await page.reload();

    const first = page.locator("#incident-list a").first();
    await first.waitFor();
    expect(await first.textContent()).toBe(HOSTILE);

    await page.locator(".leaflet-points-pane path.leaflet-interactive").first().click();
    const popup = page.locator(".leaflet-popup-content .popup-title a");
    await expect.poll(() => popup.textContent()).toBe(HOSTILE);
    expect(await popup.getAttribute("href")).toContain(`incident=${SINGAPORE}`);

    await popup.click();
    await page.waitForURL(new RegExp(`incident=${SINGAPORE}`));
    await expect.poll(() => page.locator("#incident-title").textContent()).toBe(HOSTILE);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expectNoConsoleErrors(page);
  });

  it("never links a source whose address is not http(s)", async () => {
    const page = await browser.open("/");
    await page.route(`**/api/incidents/${SINGAPORE}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { sources: { url: string; title: string }[] };
      body.sources = [
        { ...body.sources[0], url: "javascript:alert(1)", title: "Hostile source" } as never,
        ...body.sources,
      ];
      await route.fulfill({ response, json: body });
    });
    await page.goto(appUrl(`/?incident=${SINGAPORE}`));
    const sources = page.locator("#incident-sources li");
    await sources.first().waitFor();
    expect(await sources.first().textContent()).toContain("Hostile source");
    expect(await sources.first().locator("a").count()).toBe(0);
    expect(await page.locator("#incident-sources a[href^='javascript']").count()).toBe(0);
  });
});
