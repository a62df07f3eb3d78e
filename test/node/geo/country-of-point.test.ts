import { describe, expect, it } from "vitest";
import { countryOfPoint } from "../../../worker/domain/geo/country-of-point";

describe("the country of a point", () => {
  it("is the ISO 3166-1 code of the country it lies in, by OpenStreetMap's borders", () => {
    expect(countryOfPoint(7.59, 47.56)).toBe("CH"); // Basel, in Germany by Natural Earth
    expect(countryOfPoint(13.405, 52.52)).toBe("DE");
  });

  it("is France for France's five overseas départements", () => {
    expect(countryOfPoint(-61.5331, 16.2411)).toBe("FR"); // Guadeloupe
    expect(countryOfPoint(-61.0588, 14.6161)).toBe("FR"); // Martinique
    expect(countryOfPoint(-52.3135, 4.9224)).toBe("FR"); // Guyane
    expect(countryOfPoint(55.4507, -20.8821)).toBe("FR"); // La Réunion
    expect(countryOfPoint(45.2278, -12.7806)).toBe("FR"); // Mayotte
  });

  it("is a territory's own code where ISO 3166-1 assigns it one", () => {
    expect(countryOfPoint(-2.1049, 49.1858)).toBe("JE");
    expect(countryOfPoint(19.9348, 60.0973)).toBe("AX");
    expect(countryOfPoint(-14.36, -7.95)).toBe("SH"); // Ascension
  });

  it("is the sovereign's code where a territory has a code ISO 3166-1 only reserves", () => {
    expect(countryOfPoint(-5.3213, 35.8894)).toBe("ES"); // Ceuta, EA
    expect(countryOfPoint(-15.43, 28.1)).toBe("ES"); // Las Palmas, IC
  });

  it("is null at sea", () => {
    expect(countryOfPoint(-5, 45.5)).toBeNull();
  });
});
