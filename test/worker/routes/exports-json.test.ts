import { describe, expect, it } from "vitest";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { request } from "../request";

async function json<T>(path: string): Promise<{ response: Response; body: T }> {
  const response = await request(path);
  expect(response.status).toBe(200);
  return { response, body: (await response.json()) as T };
}

describe("GET /api/export.json", () => {
  it("gives every public field and the sources, with the metadata in the file", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(
      incidentInput(tag, {
        ransomDemanded: { amount: 10_000_000, currency: "USD" },
        individualsAffected: 42,
      }),
    );
    const { body, response } = await json<{
      metadata: Record<string, unknown>;
      incidents: Record<string, unknown>[];
    }>(`/api/export.json?q=${tag}`);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(body.metadata).toMatchObject({
      name: "HealthBreach Map",
      datasetVersion: Number(response.headers.get("x-dataset-version")),
      asOf: null,
      licence: { id: "CC-BY-4.0" },
      citation: expect.stringContaining("CC BY 4.0"),
    });
    expect(body.incidents).toHaveLength(1);
    expect(body.incidents[0]).toMatchObject({
      id: input?.id,
      ransomDemanded: { amount: 10_000_000, currency: "USD" },
      individualsAffected: 42,
      sources: input?.sources,
      country: "FR",
    });
    expect(body.incidents[0]).not.toHaveProperty("synthetic");
    for (const stored of [
      "ransomDemandedAmount",
      "ransomDemandedCurrency",
      "attackTypeMask",
      "originalTitle",
    ])
      expect(body.incidents[0]).not.toHaveProperty(stored);
  });

  it("keeps an unknown yes/no unknown, and lists as lists", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, {
        ransomPaid: null,
        dataPublishedOnline: true,
        attackTypes: ["ransomware", "data_theft"],
      }),
    );
    const { body } = await json<{ incidents: Record<string, unknown>[] }>(`/api/export.json?q=${tag}`);
    expect(body.incidents[0]).toMatchObject({
      ransomPaid: null,
      dataPublishedOnline: true,
      attackTypes: ["ransomware", "data_theft"],
    });
  });
});

describe("GET /api/export.ndjson", () => {
  it("writes one record per line", async () => {
    const tag = freshTag();
    const inputs = await createIncidents(
      incidentInput(tag),
      incidentInput(tag, { occurredOn: "2020-01-01" }),
    );
    const response = await request(`/api/export.ndjson?q=${tag}`);
    const lines = (await response.text()).split("\n");
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line).id)).toEqual(inputs.map((input) => input.id));
  });
});

describe("GET /api/export.geojson", () => {
  it("is an RFC 7946 FeatureCollection of points, longitude first", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(incidentInput(tag, { ...places.bordeaux }));
    const { body, response } = await json<{
      type: string;
      metadata: unknown;
      features: {
        type: string;
        id: string;
        geometry: { type: string; coordinates: number[] };
        properties: object;
      }[];
    }>(`/api/export.geojson?q=${tag}`);
    expect(response.headers.get("content-type")).toBe("application/geo+json");
    expect(body.type).toBe("FeatureCollection");
    expect(body.metadata).toMatchObject({ licence: { id: "CC-BY-4.0" } });
    expect(body.features).toEqual([
      {
        type: "Feature",
        id: input?.id,
        geometry: { type: "Point", coordinates: [-0.5792, 44.8378] },
        properties: expect.objectContaining({
          id: input?.id,
          locationPrecision: "city",
          subdivision: "FR-NAQ",
        }),
      },
    ]);
  });
});

describe("GET /api/export.veris.json", () => {
  it("puts each incident on VERIS 1.4 paths", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(
      incidentInput(tag, {
        ...places.newYork,
        organisationType: "medical_laboratory",
        attackTypes: ["ransomware", "phishing"],
        individualsAffected: 5000,
        dataCategories: ["clinical", "lab_results", "identity"],
        occurredOn: "2023-07-01",
        occurredPrecision: "month",
      }),
    );
    const { body } = await json<{ incidents: Record<string, unknown>[] }>(`/api/export.veris.json?q=${tag}`);
    expect(body.incidents[0]).toMatchObject({
      schema_version: "1.4.0",
      incident_id: input?.id,
      victim: { country: ["US"], state: "NY", industry: "621511" },
      timeline: { incident: { year: 2023, month: 7 } },
      action: { Malware: { variety: ["Ransomware"] }, Social: { variety: ["Phishing"] } },
      attribute: {
        Confidentiality: { data_total: 5000, data: [{ variety: "Medical" }, { variety: "Personal" }] },
      },
      reference: input?.sources[0]?.url,
      summary: expect.stringContaining(input?.title ?? "?"),
    });
    expect(body.incidents[0]).not.toHaveProperty("timeline.incident.day");
  });
});
