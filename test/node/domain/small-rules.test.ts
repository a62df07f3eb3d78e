import { describe, expect, it } from "vitest";
import { attackTypeMask } from "../../../worker/domain/attack-type-mask";
import { countryName } from "../../../worker/domain/country-names";
import { makeIncidentId } from "../../../worker/domain/incident-slug";
import { referenceDate } from "../../../worker/domain/reference-date";
import { changedFields, reportDiff } from "../../../worker/domain/reports/report-diff";

describe("the attack type mask", () => {
  it("sets one stored bit per type", () => {
    expect(attackTypeMask([])).toBe(0);
    expect(attackTypeMask(["ransomware"])).toBe(1);
    expect(attackTypeMask(["ransomware", "ddos"])).toBe(0b1001);
    expect(attackTypeMask(["unknown"])).toBe(512);
    expect(attackTypeMask(["data_theft", "data_theft"])).toBe(2);
  });
});

describe("a new incident's id", () => {
  const zeros = () => 0;
  it("reads country, year, organisation, then a random suffix", () => {
    expect(makeIncidentId({ country: "FR", date: "2021-02-08", organisationName: "CH de Dax" }, zeros)).toBe(
      "fr-2021-ch-de-dax-aaaaaa",
    );
    const last = () => 0.9999;
    expect(makeIncidentId({ country: "FR", date: "2021-02-08", organisationName: "CH" }, last)).toBe(
      "fr-2021-ch-999999",
    );
  });

  it("drops accents and punctuation, and never starts or ends the organisation with a dash", () => {
    expect(
      makeIncidentId(
        { country: "FR", date: "2023-01-01", organisationName: "  Hôpital Sainte-Émilie (Lyon) " },
        zeros,
      ),
    ).toBe("fr-2023-hopital-sainte-emilie-lyon-aaaaaa");
  });

  it("cuts the organisation at 40 characters, then any dash left at its end", () => {
    const name = `${"a".repeat(39)} bcd`;
    expect(makeIncidentId({ country: "DE", date: "2020-05-05", organisationName: name }, zeros)).toBe(
      `de-2020-${"a".repeat(39)}-aaaaaa`,
    );
    const exact = "b".repeat(45);
    expect(makeIncidentId({ country: "DE", date: "2020-05-05", organisationName: exact }, zeros)).toBe(
      `de-2020-${"b".repeat(40)}-aaaaaa`,
    );
  });

  it("says xx without a country and incident without a usable name", () => {
    expect(makeIncidentId({ country: null, date: "2019-07-01", organisationName: "!!!" }, zeros)).toBe(
      "xx-2019-incident-aaaaaa",
    );
  });

  it("draws six suffix characters", () => {
    expect(makeIncidentId({ country: "FR", date: "2021-01-01", organisationName: "X" })).toMatch(
      /^fr-2021-x-[a-z0-9]{6}$/,
    );
  });
});

describe("an incident's reference date", () => {
  const none = {
    occurredOn: null,
    occurredPrecision: null,
    discoveredOn: null,
    discoveredPrecision: null,
    disclosedOn: null,
    disclosedPrecision: null,
  };

  it("is the first known of occurred, discovered, disclosed", () => {
    expect(
      referenceDate({
        ...none,
        discoveredOn: "2022-02-01",
        discoveredPrecision: "day",
        disclosedOn: "2022-01-01",
        disclosedPrecision: "day",
      }),
    ).toEqual({ date: "2022-02-01", precision: "day" });
    expect(
      referenceDate({
        ...none,
        occurredOn: "2021",
        occurredPrecision: "year",
        discoveredOn: "2020-01-01",
        discoveredPrecision: "day",
      }),
    ).toEqual({ date: "2021", precision: "year" });
    expect(referenceDate({ ...none, disclosedOn: "2023-05", disclosedPrecision: "month" })).toEqual({
      date: "2023-05",
      precision: "month",
    });
  });

  it("needs a date with its precision", () => {
    expect(
      referenceDate({
        ...none,
        occurredOn: "2021-01-01",
        disclosedOn: "2023-01-01",
        disclosedPrecision: "day",
      }),
    ).toEqual({
      date: "2023-01-01",
      precision: "day",
    });
    expect(() => referenceDate(none)).toThrow("An incident without a date reached referenceDate");
  });
});

describe("a report beside the incident it would change", () => {
  it("lists every proposed field but the id, with the current value or null", () => {
    const diff = reportDiff(
      { id: "x", title: "New", summary: undefined, city: "Lyon" },
      { title: "Old", city: "Lyon" },
    );
    expect(diff).toEqual([
      { field: "title", current: "Old", proposed: "New" },
      { field: "summary", current: null, proposed: null },
      { field: "city", current: "Lyon", proposed: "Lyon" },
    ]);
    expect(reportDiff({ title: "New" }, null)).toEqual([{ field: "title", current: null, proposed: "New" }]);
  });

  it("finds the fields that change, lists and objects compared by value", () => {
    const diff = reportDiff(
      { title: "Same", attackTypes: ["ransomware"], sources: [{ url: "https://a.example" }], city: "Dax" },
      { title: "Same", attackTypes: ["ransomware"], sources: [{ url: "https://b.example" }], city: null },
    );
    expect(changedFields(diff)).toEqual(["sources", "city"]);
  });
});

describe("a country's name", () => {
  it("is given in French and English", () => {
    expect(countryName("DE")).toEqual({ fr: "Allemagne", en: "Germany" });
  });

  it("is the code itself for a code no list knows", () => {
    expect(countryName("XZ")).toEqual({ fr: "XZ", en: "XZ" });
  });
});
