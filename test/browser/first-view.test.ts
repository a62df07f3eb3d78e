import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";

describe("the first view", () => {
  const browser = useBrowser();

  it.each(["/", "/?map=6/46.5/2.5"])(
    "loads the map data of %s with one request, never cancelled and sent again",
    async (path) => {
      // A page on the app's origin that is not the app, to listen before the app starts.
      const page = await browser.open("/api/meta");
      const mapRequests: Request[] = [];
      const failed: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/api/map") mapRequests.push(request);
      });
      page.on("requestfailed", (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      await page.goto(appUrl(path));
      await page.waitForFunction(() => performance.getEntriesByName("map-data-drawn").length > 0);
      expect(failed).toEqual([]);
      expect(mapRequests).toHaveLength(1);
      expectNoConsoleErrors(page);
    },
  );
});
