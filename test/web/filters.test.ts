import { describe, expect, it } from "vitest";
import {
  emptyFilters,
  filterParams,
  filtersFromParams,
  filtersToParams,
  withoutPlace,
} from "../../web/src/state/filters";
import { incidentFilterShape } from "../../worker/api/incident-filters";
import { partialDate } from "../../worker/api/query-params";

describe("filters as query parameters", () => {
  it("use exactly the API's filter parameters (bbox is the map's own)", () => {
    const apiNames = Object.keys(incidentFilterShape).filter((name) => name !== "bbox");
    expect([...filterParams].sort()).toEqual(apiNames.sort());
  });

  it("write nothing for no filter", () => {
    expect(filtersToParams(emptyFilters()).toString()).toBe("");
  });

  it("repeat a multi-valued filter once per value, in a stable order", () => {
    const filters = {
      ...emptyFilters(),
      q: "lab software",
      type: ["ransomware" as const, "data_theft" as const],
      orgType: ["medical_laboratory" as const],
      verification: ["confirmed" as const],
      minAffected: 0,
      to: "2022",
      from: "2021-02-01",
      subdivision: "FR-69",
      country: "FR",
    };
    expect(filtersToParams(filters).toString()).toBe(
      "type=ransomware&type=data_theft&orgType=medical_laboratory&verification=confirmed&from=2021-02-01&to=2022&minAffected=0&q=lab+software&country=FR&subdivision=FR-69",
    );
  });

  it("keep minAffected=0, which filters nothing out but is what the reader asked", () => {
    expect(filtersFromParams(new URLSearchParams("minAffected=0")).minAffected).toBe(0);
  });

  it("drop only the place when a map of every area needs the other filters", () => {
    const filters = { ...emptyFilters(), type: ["ddos" as const], country: "FR", subdivision: "FR-ARA" };
    expect(withoutPlace(filters)).toEqual({ ...emptyFilters(), type: ["ddos"] });
  });
});

describe("dates and places from a URL, checked as the API checks them", () => {
  it("drops from=2021-02-31, a day the API refuses, and keeps the last real day of February", () => {
    const refused = filtersFromParams(new URLSearchParams("from=2021-02-31&to=2021-02-31"));
    expect(refused.from).toBeUndefined();
    expect(refused.to).toBeUndefined();
    expect(partialDate("start").safeParse("2021-02-31").success).toBe(false);
    const kept = filtersFromParams(new URLSearchParams("from=2021-02-28&to=2024-02-29"));
    expect(kept).toMatchObject({ from: "2021-02-28", to: "2024-02-29" });
    expect(filtersFromParams(new URLSearchParams("to=2023-02-29")).to).toBeUndefined();
  });

  it("keeps place codes in either case, upper-cased, as the API reads them", () => {
    const filters = filtersFromParams(new URLSearchParams("country=fr&subdivision=fr-ara"));
    expect(filters).toMatchObject({ country: "FR", subdivision: "FR-ARA" });
    expect(filtersFromParams(new URLSearchParams("country=FRA")).country).toBeUndefined();
  });
});
