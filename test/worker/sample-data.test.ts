import { describe, expect, it } from "vitest";
import sample from "../../worker/db/sample/incidents.json";
import { sampleIncidentInput as incidentSchema } from "../../worker/domain/incident-input";
import type { PublicIncident } from "../../worker/domain/public-incident";
import { createIncidents } from "./factories";
import { getJson } from "./request";

describe("the sample data", () => {
  it("holds at least 40 valid incidents with unique ids, at least 60 of them French", () => {
    expect(sample.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sample.map((s) => s.id)).size).toBe(sample.length);
    for (const entry of sample) {
      const result = incidentSchema.safeParse(entry);
      expect(result.error?.issues, entry.id).toBeUndefined();
    }
    expect(sample.filter((s) => s.countryHint === "FR").length).toBeGreaterThanOrEqual(60);
  });

  it("gives every French incident its title and summary in French as well", () => {
    const french = sample.filter((s) => s.countryHint === "FR");
    const missing = french.filter((s) => !("titleFr" in s && s.titleFr && "summaryFr" in s && s.summaryFr));
    expect(missing.map((s) => s.id)).toEqual([]);
  });

  it("holds at least 150 incidents, 90 of them outside France, each in French as well", () => {
    const abroad = sample.filter((s) => s.countryHint !== "FR");
    expect(sample.length).toBeGreaterThanOrEqual(150);
    expect(abroad.length).toBeGreaterThanOrEqual(90);
    const missing = abroad.filter((s) => !("titleFr" in s && s.titleFr && "summaryFr" in s && s.summaryFr));
    expect(missing.map((s) => s.id)).toEqual([]);
  });

  it("refuses a source that does not say when it was last read, and one read before it was published", () => {
    const [first] = sample as [(typeof sample)[number]];
    const [source] = first.sources;
    const unread = { ...first, sources: [{ ...source, accessedOn: null }] };
    expect(incidentSchema.safeParse(unread).error?.issues.map((i) => i.path)).toEqual([
      ["sources", 0, "accessedOn"],
    ]);
    const early = { ...first, sources: [{ ...source, publishedOn: "2021-06-03", accessedOn: "2021-06-02" }] };
    expect(incidentSchema.safeParse(early).error?.issues.map((i) => i.path)).toEqual([
      ["sources", 0, "accessedOn"],
    ]);
    const sameDay = {
      ...first,
      sources: [{ ...source, publishedOn: "2021-06-03", accessedOn: "2021-06-03" }],
    };
    expect(incidentSchema.safeParse(sameDay).success).toBe(true);
  });

  // The whole sample goes through the write path and back, one incident at a time: on a shared
  // two-core machine that outgrows vitest's 5 s default as the sample grows towards 150 incidents.
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
  }, 60_000);
});
