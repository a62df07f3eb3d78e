import { describe, expect, it } from "vitest";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson, request } from "../request";

type Stats = { by: string; groups: { key: string; count: number }[] };

describe("GET /api/stats", () => {
  it.each([
    [
      "country",
      [
        { key: "FR", count: 2 },
        { key: "IE", count: 1 },
      ],
    ],
    [
      "subdivision",
      [
        { key: "FR-ARA", count: 1 },
        { key: "FR-NAQ", count: 1 },
        { key: "IE-D", count: 1 },
      ],
    ],
    [
      "department",
      [
        { key: "FR-33", count: 1 },
        { key: "FR-69", count: 1 },
      ],
    ],
    [
      "type",
      [
        { key: "ransomware", count: 3 },
        { key: "data_theft", count: 1 },
      ],
    ],
    [
      "orgType",
      [
        { key: "public_hospital", count: 2 },
        { key: "health_insurer", count: 1 },
      ],
    ],
    [
      "month",
      [
        { key: "2021-02", count: 2 },
        { key: "2022-03", count: 1 },
      ],
    ],
    [
      "year",
      [
        { key: "2021", count: 2 },
        { key: "2022", count: 1 },
      ],
    ],
  ])("counts incidents by %s under the filters", async (by, expected) => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, { occurredOn: "2021-02-08" }),
      incidentInput(tag, {
        occurredOn: "2021-02-15",
        ...places.bordeaux,
        attackTypes: ["ransomware", "data_theft"],
      }),
      incidentInput(tag, { ...places.dublin, organisationType: "health_insurer" }),
    );
    const stats = await getJson<Stats>(`/api/stats?by=${by}&q=${tag}`);
    const sorted = (groups: Stats["groups"]) =>
      [...groups].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    if (by === "subdivision") {
      // Ireland's subdivision code depends on the bundled boundaries: check the French ones exactly.
      expect(sorted(stats.groups.filter((g) => g.key.startsWith("FR-")))).toEqual(expected.slice(0, 2));
      expect(stats.groups.filter((g) => g.key.startsWith("IE-"))).toHaveLength(1);
      return;
    }
    expect(by === "month" || by === "year" ? stats.groups : sorted(stats.groups)).toEqual(expected);
  });

  it("requires a known dimension", async () => {
    const missing = await request("/api/stats");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      errors: [{ pointer: "/by", detail: "This parameter is required." }],
    });
    const unknown = await request("/api/stats?by=colour");
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ pointer: "/by" }] });
  });
});
