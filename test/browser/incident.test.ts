import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";

const DAX = "fr-2021-ch-dax";

describe("an incident's page", () => {
  const browser = useBrowser();

  it("lists its sources as safe links, and says how precisely each date is known", async () => {
    const page = await browser.open(`/?incident=${DAX}`);
    const api = (await (await fetch(appUrl(`/api/incidents/${DAX}`))).json()) as {
      title: string;
      sources: { url: string; title: string }[];
    };
    const title = page.locator("#incident-title");
    await title.waitFor();
    expect(await title.textContent()).toBe(api.title);
    expect(await page.title()).toBe(`${api.title} · HealthBreach Map`);

    const links = page.locator("#incident-sources a");
    expect(await links.count()).toBe(api.sources.length);
    for (const [i, source] of api.sources.entries()) {
      const link = links.nth(i);
      expect(await link.getAttribute("href")).toBe(source.url);
      expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
      expect(await link.textContent()).toContain(source.title);
    }
    const when = page.locator(".incident-section", { has: page.getByRole("heading", { name: "When" }) });
    expect(await when.locator("dd").allTextContents()).toEqual([
      "9 February 2021 (day)",
      "unknown",
      "9 February 2021 (day)",
    ]);
    const impact = page.locator(".incident-section", { has: page.getByRole("heading", { name: "Impact" }) });
    expect(await impact.locator("dt", { hasText: "People affected" }).locator("+ dd").textContent()).toBe(
      "unknown",
    );
    expect(await impact.locator("dt", { hasText: "Ransom paid" }).locator("+ dd").textContent()).toBe("no");
    expectNoConsoleErrors(page);
  });

  it("shows a date known to the month as that month", async () => {
    const { items } = (await (await fetch(appUrl("/api/incidents?limit=200"))).json()) as {
      items: { id: string; date: string; datePrecision: string }[];
    };
    const monthly = items.find((i) => i.datePrecision === "month");
    expect(monthly).toBeDefined();
    const page = await browser.open(`/?incident=${monthly?.id}`);
    const [year, month] = (monthly?.date ?? "").split("-").map(Number);
    const expected = `${new Date(Date.UTC(year ?? 0, (month ?? 1) - 1)).toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })} (month)`;
    await page.locator("#incident-title").waitFor();
    expect(await page.locator(".fields dd", { hasText: "(month)" }).first().textContent()).toBe(expected);
  });

  it("switches between French and English, and keeps the choice in the URL", async () => {
    const page = await browser.open(`/?incident=${DAX}`, { locale: "fr-FR" });
    await page.locator("#incident-title").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("heading", { name: "Quand" }).waitFor();
    expect(await page.locator(".fields dd", { hasText: "(jour)" }).first().textContent()).toBe(
      "9 février 2021 (jour)",
    );

    await page.getByRole("button", { name: "English" }).click();
    await page.waitForURL(/lang=en/);
    await page.getByRole("heading", { name: "When" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(".badges").textContent()).toContain("Ransomware");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");

    await page.getByRole("button", { name: "Français" }).click();
    await page.waitForURL(/lang=fr/);
    await page.getByRole("heading", { name: "Quand" }).waitFor();
    expect(await page.locator(".badges").textContent()).toContain("Rançongiciel");
    expect(await page.locator("#filters-heading").textContent()).toBe("Filtres");
    // The map follows: its legend and its clusters' names.
    expect(await page.locator(".legend summary").textContent()).toBe("Légende");
    expect(await page.locator(".legend li[data-type='ransomware']").textContent()).toBe("Rançongiciel");
    await expect
      .poll(() => page.locator(".cluster").first().getAttribute("title"))
      .toMatch(/^\d+ incidents? : zoomer$/);
    expectNoConsoleErrors(page);
  });
});
