import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";

const DAX = "fr-2021-ch-dax";
const HOSTILE = `<img src=x onerror="window.__pwned=1">`;

describe("an incident's history on its panel", () => {
  const browser = useBrowser();

  it("tells each revision's date, reason, changes and source, and how the key figures changed", async () => {
    const page = await browser.open("/");
    // The panel as it reads the history the API sends (shape of GET /api/incidents/:id).
    await page.route(`**/api/incidents/${DAX}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      body.revision = 3;
      body.revisions = [
        {
          revision: 3,
          at: "2021-06-01T09:00:00Z",
          reason: `Regulator's figure ${HOSTILE}`,
          changes: [{ field: "individualsAffected", from: 500, to: 192_700_000 }],
          sourceUrl: "javascript:alert(1)",
        },
        {
          revision: 2,
          at: "2021-03-01T09:00:00Z",
          reason: "Confirmed by the hospital",
          changes: [
            { field: "verification", from: "reported", to: "confirmed" },
            { field: "individualsAffected", from: null, to: 500 },
          ],
          sourceUrl: "https://www.ch-dax.fr/communique",
        },
        { revision: 1, at: "2021-02-10T09:00:00Z", reason: null, changes: null, sourceUrl: null },
      ];
      await route.fulfill({ response, json: body });
    });
    await page.goto(appUrl(`/?incident=${DAX}`));
    const history = page.locator("#incident-history");
    await history.locator(".revision").first().waitFor();

    expect(
      await history
        .locator(".revision")
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-revision"))),
    ).toEqual(["3", "2", "1"]);
    const latest = history.locator(".revision[data-revision='3']");
    expect(await latest.locator(".revision-head").textContent()).toBe("Revision 3, updated 1 June 2021");
    expect(await latest.locator(".revision-reason").textContent()).toBe(`Why: Regulator's figure ${HOSTILE}`);
    expect(await latest.locator(".revision-changes li").textContent()).toBe(
      "People affected: 500 → 192,700,000",
    );
    // A source that is not http(s) is shown as text, never as a link.
    expect(await latest.locator(".revision-source a").count()).toBe(0);
    const second = history.locator(".revision[data-revision='2']");
    expect(await second.locator(".revision-changes li").allTextContents()).toEqual([
      "Verification: Reported → Confirmed",
      "People affected: unknown → 500",
    ]);
    expect(await second.locator(".revision-source a").getAttribute("href")).toBe(
      "https://www.ch-dax.fr/communique",
    );

    const affected = history.locator(".key-figure[data-field='individualsAffected'] li");
    expect(await affected.allTextContents()).toEqual([
      "unknown · from 10 February 2021 (revision 1)",
      "500 · from 1 March 2021 (revision 2) · www.ch-dax.fr",
      "192,700,000 · from 1 June 2021 (revision 3) · javascript:alert(1)",
    ]);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expectNoConsoleErrors(page);
  });
});
