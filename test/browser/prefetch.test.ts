import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";

type Drawn = { source: string; mode: string };

describe("the neighbouring views", () => {
  const browser = useBrowser();

  it("are prefetched once the map rests, and a zoom out then redraws from them with no request", async () => {
    // A page on the app's origin that is not the app, to listen before the app starts.
    const page = await browser.open("/api/meta");
    const requests: string[] = [];
    page.on("request", (r) => new URL(r.url()).pathname === "/api/map" && requests.push(r.url()));
    await page.goto(appUrl("/?map=9/48.85/2.35"));
    await page.waitForFunction(() => performance.getEntriesByName("map-data-drawn").length > 0);
    // The view's own request, then one level out: the points of that wider box also cover the
    // level in and the four pans, so nothing more is asked for.
    // Counted once the round is over: a third request would be a pan the wider box missed.
    await page.waitForFunction(() => performance.getEntriesByName("map-neighbours-cached").length > 0);
    expect(requests).toHaveLength(2);
    const zooms = requests.map((url) => new URL(url).searchParams.get("zoom"));
    expect(zooms).toEqual(["9", "8"]); // the view first, then its neighbour

    const asked = requests.length;
    await page.getByRole("button", { name: "Zoom out", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("map")?.startsWith("8/") ?? false);
    const last = () =>
      page.evaluate(
        () => (performance.getEntriesByName("map-data-drawn").at(-1) as PerformanceMark).detail as Drawn,
      );
    await expect
      .poll(last)
      .toEqual({ source: "cache", mode: "points", total: expect.any(Number), clusterer: "supercluster" });
    expect(await page.evaluate(() => performance.getEntriesByName("map-data-requested").length)).toBe(1);
    // The request made after the zoom, if any, is the next round of prefetches, never the view's own.
    expect(requests.slice(asked).every((url) => new URL(url).searchParams.get("zoom") !== "8")).toBe(true);
    expectNoConsoleErrors(page);
  });
});
