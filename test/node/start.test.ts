import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../support/start-app";

describe("the app started as `npm start` starts it", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 120_000);
  afterAll(() => app?.stop());

  it("serves the API with the sample data loaded", async () => {
    const meta = await fetch(`${app.url}/api/meta`).then((r) => r.json());
    expect(meta).toMatchObject({ name: "HealthBreach Map", licence: { id: "CC-BY-4.0" } });
    const page = (await fetch(`${app.url}/api/incidents?limit=200`).then((r) => r.json())) as {
      items: unknown[];
    };
    expect(page.items.length).toBeGreaterThanOrEqual(40);
  });

  it("serves the web app at / with a strict Content-Security-Policy", async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("HealthBreach Map");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});
