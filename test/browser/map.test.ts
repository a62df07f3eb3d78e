import { describe, expect, it } from "vitest";
import {
  appUrl,
  countFromApi,
  drawnIncidents,
  expectNoConsoleErrors,
  numberIn,
  type TestPage,
  useBrowser,
} from "./support/browser";

/** Zoom 1 on a 1280×800 window shows the whole world, so the map holds every matching incident. */
const WORLD = "/?map=1/0/0";

describe("the map page", () => {
  const browser = useBrowser();

  it("shows the incidents clustered, and a legend with every attack type", async () => {
    const page = await browser.open(WORLD);
    await page.locator(".cluster").first().waitFor();
    const total = await countFromApi("");
    await expect.poll(() => numberIn(page, ".map-count")).toBe(total);
    expect(await drawnIncidents(page)).toBe(total);
    expect(await page.locator(".cluster").count()).toBeLessThan(total);

    const legend = page.locator(".legend");
    await expect.poll(() => legend.locator("li").count()).toBe(10);
    expect(await legend.locator("summary").textContent()).toBe("Legend");
    expect(await legend.locator("li[data-type='ransomware']").textContent()).toBe("Ransomware");
    expectNoConsoleErrors(page);
  });

  it("clusters with leaflet.markercluster instead, loaded only when the URL asks for it", async () => {
    const loadedScripts = (page: TestPage) =>
      page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => name.endsWith(".js")),
      );
    const page = await browser.open(`${WORLD}&clusterer=markercluster`);
    await page.locator(".cluster").first().waitFor();
    await expect.poll(() => drawnIncidents(page)).toBe(await countFromApi(""));
    expect(await page.evaluate(() => "MarkerClusterGroup" in ((window as { L?: object }).L ?? {}))).toBe(
      true,
    );
    expect((await loadedScripts(page)).some((name) => name.includes("markercluster"))).toBe(true);
    expectNoConsoleErrors(page);

    const plain = await browser.open(WORLD);
    await plain.locator(".cluster").first().waitFor();
    expect(await plain.evaluate(() => "L" in window)).toBe(false);
    expect((await loadedScripts(plain)).some((name) => name.includes("markercluster"))).toBe(false);
  });

  it("narrows the map, the list and the URL when a filter is ticked, and a reload restores that view", async () => {
    const page = await browser.open(WORLD);
    const total = await countFromApi("");
    const ransomware = await countFromApi("type=ransomware");
    expect(ransomware).toBeLessThan(total);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(total);

    await page.getByRole("checkbox", { name: "Ransomware", exact: true }).check();
    await page.waitForURL(/type=ransomware/);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(ransomware);
    await expect.poll(() => numberIn(page, ".map-count")).toBe(ransomware);
    await expect.poll(() => drawnIncidents(page)).toBe(ransomware);
    // The list shows its first page (PAGE_SIZE in web/src/views/list-view.ts) until asked for more.
    await expect.poll(() => page.locator("#incident-list > li").count()).toBe(Math.min(ransomware, 50));

    const url = new URL(page.url());
    await page.reload();
    await expect.poll(() => numberIn(page, ".map-count")).toBe(ransomware);
    await expect.poll(() => numberIn(page, "#match-count")).toBe(ransomware);
    expect(await page.getByRole("checkbox", { name: "Ransomware", exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Data theft", exact: true }).isChecked()).toBe(false);
    const restored = new URL(page.url());
    expect(restored.searchParams.getAll("type")).toEqual(["ransomware"]);
    const [zoom, lat, lon] = (restored.searchParams.get("map") ?? "").split("/").map(Number);
    const [zoomBefore, latBefore, lonBefore] = (url.searchParams.get("map") ?? "").split("/").map(Number);
    expect(zoom).toBe(zoomBefore);
    expect(Math.abs((lat ?? 99) - (latBefore ?? 0))).toBeLessThan(1);
    expect(Math.abs((lon ?? 99) - (lonBefore ?? 0))).toBeLessThan(1);
    expectNoConsoleErrors(page);
  });

  it("colours an incident by its attack type, as the legend does, over optional OpenStreetMap tiles", async () => {
    // Singapore holds more than one incident; only SingHealth is a data theft, so its point stands alone.
    const page = await browser.open("/?map=8/1.29/103.85&type=data_theft");
    const tiles: string[] = [];
    await page.route("https://tile.openstreetmap.org/**", (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 204 });
    });
    const point = page.locator(".leaflet-points-pane path.leaflet-interactive");
    await point.waitFor();
    const [, , , type] =
      (
        (await (await fetch(appUrl("/api/map?bbox=103,1,105,2&type=data_theft"))).json()) as {
          points: string[][];
        }
      ).points[0] ?? [];
    const swatch = page.locator(`.legend li[data-type='${type}'] circle`);
    expect(await point.getAttribute("fill")).toBe(await swatch.getAttribute("fill"));
    expect(tiles).toEqual([]);
    // The bundled boundaries are credited, once, with no tiles shown.
    const credits = await page.locator(".leaflet-control-attribution").textContent();
    expect(credits?.match(/Natural Earth/g)).toHaveLength(1);
    // Once drawn, it is marked, for the browser bench's first view (bench/lib/browser-page.ts).
    expect(await page.evaluate(() => performance.getEntriesByName("map-base-drawn").length)).toBe(1);

    await page.getByLabel("OpenStreetMap background").check();
    await page.waitForURL(/tiles=osm/);
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    expect(await page.locator(".leaflet-control-attribution").textContent()).toContain(
      "© OpenStreetMap contributors",
    );
    await page.getByLabel("OpenStreetMap background").uncheck();
    await page.waitForURL((url) => !url.searchParams.has("tiles"));
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
  });
});
