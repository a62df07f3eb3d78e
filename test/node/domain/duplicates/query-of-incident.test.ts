import { describe, expect, it } from "vitest";
import { MAX_DUPLICATE_URLS } from "../../../../worker/domain/duplicates/possible-duplicate";
import { duplicateQueryOf } from "../../../../worker/domain/duplicates/query-of-incident";

const source = (url: string) => ({
  url,
  title: "A",
  publisher: null,
  publishedOn: null,
  kind: "press" as const,
});

const proposed = {
  sources: [source("https://a.example/1")],
  organisationName: "CH de Dax",
  latitude: 43.71,
  longitude: -1.05,
  occurredOn: "2021-02-08",
  discoveredOn: "2021-02-09",
  disclosedOn: "2021-02-10",
};

describe("the duplicate query of a proposed incident", () => {
  it("takes its sources, its name, its first known date and its point, and excludes no incident by default", () => {
    expect(duplicateQueryOf(proposed)).toEqual({
      sourceUrls: ["https://a.example/1"],
      organisationName: "CH de Dax",
      date: "2021-02-08",
      latitude: 43.71,
      longitude: -1.05,
      excludeId: null,
    });
    expect(duplicateQueryOf(proposed, "fr-2021-ch-dax").excludeId).toBe("fr-2021-ch-dax");
  });

  it("dates it by when it occurred, else was discovered, else was disclosed, else not at all", () => {
    expect(duplicateQueryOf({ ...proposed, occurredOn: null }).date).toBe("2021-02-09");
    expect(duplicateQueryOf({ ...proposed, occurredOn: null, discoveredOn: null }).date).toBe("2021-02-10");
    expect(
      duplicateQueryOf({ ...proposed, occurredOn: null, discoveredOn: null, disclosedOn: null }).date,
    ).toBeNull();
  });

  it("leaves out a date that is not a whole YYYY-MM-DD", () => {
    for (const date of ["2021-02-3", "2021-02", "12021-02-08", "2021-02-081", "2021-0a-08", "x2021-02-08"])
      expect(duplicateQueryOf({ ...proposed, occurredOn: date }).date, date).toBeNull();
  });

  it("keeps http and https sources only, the first ten of them", () => {
    const urls = ["http://a.example/1", "", "ftp://a.example/2", "urn:https://a.example/3"];
    expect(duplicateQueryOf({ ...proposed, sources: urls.map(source) }).sourceUrls).toEqual([
      "http://a.example/1",
    ]);
    const many = Array.from({ length: MAX_DUPLICATE_URLS + 1 }, (_, i) => source(`https://a.example/${i}`));
    expect(duplicateQueryOf({ ...proposed, sources: many }).sourceUrls).toEqual(
      many.slice(0, 10).map((s) => s.url),
    );
  });

  it("trims the name and cuts it at 200 characters, and a blank name is none", () => {
    expect(duplicateQueryOf({ ...proposed, organisationName: "  CH de Dax \n" }).organisationName).toBe(
      "CH de Dax",
    );
    const long = `${"a".repeat(199)}bc`;
    expect(duplicateQueryOf({ ...proposed, organisationName: long }).organisationName).toBe(
      `${"a".repeat(199)}b`,
    );
    expect(duplicateQueryOf({ ...proposed, organisationName: "   " }).organisationName).toBeNull();
  });

  it("places it only when both coordinates are numbers", () => {
    const points: [number, number][] = [
      [Number.NaN, -1.05],
      [43.71, Number.NaN],
      [43.71, Number.POSITIVE_INFINITY],
    ];
    for (const [latitude, longitude] of points) {
      expect(
        duplicateQueryOf({ ...proposed, latitude, longitude }),
        `${latitude}, ${longitude}`,
      ).toMatchObject({
        latitude: null,
        longitude: null,
      });
    }
  });
});
