import { describe, expect, it } from "vitest";
import { expectNoConsoleErrors, useBrowser } from "./support/browser";

describe("download and subscribe to this view", () => {
  const browser = useBrowser();

  it("offers every export format and the feed with the map's current filters", async () => {
    const page = await browser.open("/?type=ransomware&country=FR");
    const links = page.locator(".view-links a");
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual([
      "/api/export.csv?type=ransomware&country=FR",
      "/api/export.csv?type=ransomware&country=FR&delimiter=semicolon",
      "/api/export.json?type=ransomware&country=FR",
      "/api/export.ndjson?type=ransomware&country=FR",
      "/api/export.geojson?type=ransomware&country=FR",
      "/api/export.veris.json?type=ransomware&country=FR",
      "/api/export.sources.csv?type=ransomware&country=FR",
      "/feeds/incidents.atom?type=ransomware&country=FR",
    ]);
    const statuses = await page.evaluate(
      (paths) =>
        Promise.all(
          paths.map((path) => fetch(path as string).then((r) => [r.status, r.headers.get("content-type")])),
        ),
      hrefs,
    );
    expect(statuses.map(([status]) => status)).toEqual(hrefs.map(() => 200));
    expect(statuses.at(-1)?.[1]).toBe("application/atom+xml; charset=utf-8");
    expectNoConsoleErrors(page);
  });
});
