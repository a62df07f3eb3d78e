import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../support/start-app";

/** The incident fields a report carries: the public record's input fields. */
const reportFields = [
  ...["title", "summary", "verification", "organisationName", "organisationType", "thirdPartyName", "city"],
  ...["latitude", "longitude", "locationPrecision", "occurredOn", "occurredPrecision", "discoveredOn"],
  ...["discoveredPrecision", "disclosedOn", "disclosedPrecision", "attackTypes", "threatActor", "assetsHit"],
  ...[
    "individualsAffected",
    "affectedIsEstimate",
    "dataCategories",
    "dataPublishedOnline",
    "dataPublishedOn",
  ],
  ...["careDisruption", "disruptionDays", "ransomDemanded", "ransomPaid", "regulatorActions", "sources"],
];

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

  it("takes a report without a Turnstile token, as local.env turns the check off", async () => {
    const sample = (await fetch(`${app.url}/api/incidents/fr-2021-ch-dax`).then((r) => r.json())) as Record<
      string,
      unknown
    >;
    const incident = Object.fromEntries(Object.entries(sample).filter(([key]) => reportFields.includes(key)));
    const response = await fetch(`${app.url}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ incident, incidentId: "fr-2021-ch-dax", contributorRole: "other" }),
    });
    expect(response.status, await response.clone().text()).toBe(202);
    expect(await response.json()).toMatchObject({ status: "pending" });
  });

  it("serves the web app at / with a strict Content-Security-Policy", async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("HealthBreach Map");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});
