import { describe, expect, it } from "vitest";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson } from "../request";

type Stats = { by: string; groups: { key: string; count: number }[] };

describe("GET /api/stats order and gaps", () => {
  it("puts the largest group first, and months and years in time order", async () => {
    const tag = freshTag();
    // The counts run against the keys' order (IE 3, FR 2, DE 1; 2023 3, 2022 2, 2021 1), so
    // either order shows.
    await createIncidents(
      incidentInput(tag, { ...places.dublin, occurredOn: "2023-05-01" }),
      incidentInput(tag, { ...places.dublin, occurredOn: "2023-05-02" }),
      incidentInput(tag, { ...places.dublin, occurredOn: "2023-05-03" }),
      incidentInput(tag, { ...places.lyon, occurredOn: "2022-01-01" }),
      incidentInput(tag, { ...places.lyon, occurredOn: "2022-01-02" }),
      incidentInput(tag, { ...places.berlin, occurredOn: "2021-07-01" }),
    );
    const byCountry = await getJson<Stats>(`/api/stats?by=country&q=${tag}`);
    expect(byCountry.groups).toEqual([
      { key: "IE", count: 3 },
      { key: "FR", count: 2 },
      { key: "DE", count: 1 },
    ]);
    const byYear = await getJson<Stats>(`/api/stats?by=year&q=${tag}`);
    expect(byYear.groups).toEqual([
      { key: "2021", count: 1 },
      { key: "2022", count: 2 },
      { key: "2023", count: 3 },
    ]);
    const byMonth = await getJson<Stats>(`/api/stats?by=month&q=${tag}`);
    expect(byMonth.groups).toEqual([
      { key: "2021-07", count: 1 },
      { key: "2022-01", count: 2 },
      { key: "2023-05", count: 3 },
    ]);
    const byType = await getJson<Stats>(`/api/stats?by=type&q=${tag}`);
    expect(byType.groups).toEqual([{ key: "ransomware", count: 6 }]);
  });

  it("counts by verification, and leaves out an incident without a value (a point at sea)", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, { verification: "reported" }),
      incidentInput(tag, { verification: "reported" }),
      incidentInput(tag, { verification: "suspected", latitude: 45, longitude: -30, city: null }),
    );
    const byVerification = await getJson<Stats>(`/api/stats?by=verification&q=${tag}`);
    expect(byVerification.groups).toEqual([
      { key: "reported", count: 2 },
      { key: "suspected", count: 1 },
    ]);
    const byCountry = await getJson<Stats>(`/api/stats?by=country&q=${tag}`);
    expect(byCountry.groups).toEqual([{ key: "FR", count: 2 }]);
    const byDepartment = await getJson<Stats>(`/api/stats?by=department&q=${tag}`);
    expect(byDepartment.groups).toEqual([{ key: "FR-69", count: 2 }]);
  });
});
