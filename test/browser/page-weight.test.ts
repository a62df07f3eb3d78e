import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/wrangler-dev";
import { type TestPage, useBrowser } from "./support/browser";

/** "Front end JavaScript shipped on the map page ≤ 100 KB gzipped" (DESIGN.md), KB as 1000 bytes. */
const MAP_PAGE_JS_BUDGET = 100_000;

async function scriptsOf(page: TestPage, path: string): Promise<Map<string, number>> {
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 6 }).length);
  });
  await page.goto(new URL(path, page.url()).href, { waitUntil: "networkidle" });
  return scripts;
}

describe("the JavaScript of each page", () => {
  const browser = useBrowser();

  it("keeps the map page within 100 KB gzipped, without any of the report form's code", async () => {
    const page = await browser.open("/api/meta");
    const scripts = await scriptsOf(page, "/");
    const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeGreaterThan(20_000);
    expect(total).toBeLessThanOrEqual(MAP_PAGE_JS_BUDGET);
    const reportEntry = /src="([^"]+)"/.exec(readFileSync(`${ROOT}web/dist/report/index.html`, "utf8"))?.[1];
    expect(reportEntry).toMatch(/^\/assets\/report-.+\.js$/);
    expect([...scripts.keys()]).not.toContain(reportEntry);
  });

  it("loads no script from another origin on the report form when no Turnstile key is built in", async () => {
    const page = await browser.open("/api/meta");
    const scripts = await scriptsOf(page, "/report/");
    expect([...scripts.keys()].every((path) => path.startsWith("/assets/"))).toBe(true);
    expect(await page.locator("script[src*='challenges.cloudflare.com']").count()).toBe(0);
  });
});
