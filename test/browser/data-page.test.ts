import { describe, expect, it } from "vitest";
import { incidentFields, sourceFields } from "../../worker/domain/export/export-fields";
import { expectNoConsoleErrors, seriousViolations, useBrowser } from "./support/browser";

describe("the data page", () => {
  const browser = useBrowser();

  it("shows, in French, the citation with the dataset version, the coverage and every field", async () => {
    const page = await browser.open("/data/?lang=fr");
    await page.getByRole("heading", { name: "Comment citer" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const meta: { citation: string; version: number } = await page.evaluate(() =>
      fetch("/api/meta").then((response) => response.json()),
    );
    expect(await page.locator(".data-citation").textContent()).toBe(meta.citation);
    expect(await page.getByText(`Version ${meta.version} du jeu de données`).count()).toBe(1);
    expect(await page.locator("#coverage").textContent()).toContain(
      "une région vide n'est pas une région sûre",
    );
    const rows = await page.locator(".data-table tbody th code").allTextContents();
    expect(rows).toEqual([...incidentFields, ...sourceFields].map((field) => field.name));
    expect(await page.locator("#field-organisationType").textContent()).toContain(
      "public_hospital Hôpital public",
    );
    expectNoConsoleErrors(page);
  });

  it("switches to English and passes axe's serious checks", async () => {
    // axe is a script the CSP would refuse: this page bypasses it, to run the check.
    const page = await browser.open("/data/?lang=fr", { bypassCSP: true });
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("heading", { name: "How to cite" }).waitFor();
    expect(await page.locator("#field-attackTypes").textContent()).toContain("several, separated by ;");
    expect(await page.locator("a[href='/api/export.csv']").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expectNoConsoleErrors(page);
  });
});
