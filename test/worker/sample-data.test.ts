import { describe, expect, it } from "vitest";
import sample from "../../worker/db/sample/incidents.json";
import { incidentInput as incidentSchema } from "../../worker/domain/incident-input";
import type { PublicIncident } from "../../worker/domain/public-incident";
import { createIncidents } from "./factories";
import { getJson } from "./request";

describe("the sample data", () => {
  it("holds at least 40 valid incidents with unique ids, French ones first", () => {
    expect(sample.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sample.map((s) => s.id)).size).toBe(sample.length);
    for (const entry of sample) {
      const result = incidentSchema.safeParse(entry);
      expect(result.error?.issues, entry.id).toBeUndefined();
    }
    expect(sample.filter((s) => s.countryHint === "FR").length).toBeGreaterThanOrEqual(15);
  });

  it("loads, and every incident is public with a source and the country its point is in", async () => {
    await createIncidents(...sample.map((entry) => incidentSchema.parse(entry)));
    for (const entry of sample) {
      const incident = await getJson<PublicIncident>(`/api/incidents/${entry.id}`);
      expect(incident.sources.length, entry.id).toBeGreaterThan(0);
      expect(
        incident.sources.every((s) => s.url.startsWith("https://")),
        entry.id,
      ).toBe(true);
      expect(incident.country, entry.id).toBe(entry.countryHint);
    }
  });
});
