import { describe, expect, it } from "vitest";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson, request } from "../request";

type Named = { code: string; name: { fr: string; en: string }; count: number };
type Regions = { countries: (Named & { subdivisions: Named[] })[] };
type CountryRegions = { subdivisions: Named[]; departements?: (Named & { region: string })[] };

describe("GET /api/regions", () => {
  it("names every country with incidents in French and English, with its subdivisions", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag, { ...places.berlin }), incidentInput(tag, { ...places.berlin }));
    const { countries } = await getJson<Regions>("/api/regions");
    const germany = countries.find((c) => c.code === "DE");
    expect(germany?.name).toEqual({ fr: "Allemagne", en: "Germany" });
    expect(germany?.count).toBeGreaterThanOrEqual(2);
    expect(germany?.subdivisions.find((s) => s.code === "DE-BE")).toMatchObject({ name: { en: "Berlin" } });
  });
});

describe("GET /api/regions/:country", () => {
  it("lists all French régions and départements with counts, zero included", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag, { ...places.rennes }));
    const france = await getJson<CountryRegions>("/api/regions/fr");
    expect(france.subdivisions).toHaveLength(18);
    expect(france.departements).toHaveLength(101);
    const brittany = france.subdivisions.find((s) => s.code === "FR-BRE");
    expect(brittany?.name.fr).toBe("Bretagne");
    expect(brittany?.count).toBeGreaterThanOrEqual(1);
    expect(france.departements?.find((d) => d.code === "FR-35")).toMatchObject({
      name: { fr: "Ille-et-Vilaine" },
      region: "FR-BRE",
      count: expect.any(Number),
    });
    expect(france.subdivisions.some((s) => s.count === 0)).toBe(true);
  });

  it.each(["FRA", "F1", "x"])(
    "answers the malformed country code %s with the 400 problem of a malformed incident id",
    async (code) => {
      const country = await request(`/api/regions/${code}`);
      const incident = await request("/api/incidents/DROP%20TABLE");
      expect(country.status).toBe(400);
      expect(country.headers.get("content-type")).toBe("application/problem+json");
      const [countryBody, incidentBody] = [(await country.json()) as object, await incident.json()];
      expect(countryBody).toEqual({
        type: "/problems/invalid-parameters",
        title: "The request parameters are invalid.",
        status: 400,
        detail: "Check these fields: country.",
        instance: `/api/regions/${code}`,
        errors: [{ pointer: "/country", detail: "Expected an ISO 3166-1 alpha-2 country code, e.g. FR." }],
      });
      expect(incidentBody).toEqual({
        ...countryBody,
        detail: "Check these fields: id.",
        instance: "/api/incidents/DROP%20TABLE",
        errors: [
          { pointer: "/id", detail: "Expected lowercase letters, digits and dashes, at most 64 characters." },
        ],
      });
    },
  );

  it("answers an unknown country with a 404 problem", async () => {
    const response = await request("/api/regions/ZZ");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
