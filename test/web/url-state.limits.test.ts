import { describe, expect, it } from "vitest";
import { emptyFilters, filtersFromParams, filtersKey, isPartialDate } from "../../web/src/state/filters";
import { parseUrlState, roundPosition, serializeUrlState } from "../../web/src/state/url-state";

const position = (map: string) => parseUrlState(`map=${map}`).position;

describe("the map position in the URL", () => {
  it("takes zoom 0 to 18, latitude ±90 and longitude ±180, limits included", () => {
    expect(position("0/0/0")).toEqual({ zoom: 0, lat: 0, lon: 0 });
    expect(position("18/90/180")).toEqual({ zoom: 18, lat: 90, lon: 180 });
    expect(position("18/-90/-180")).toEqual({ zoom: 18, lat: -90, lon: -180 });
    expect(position("19/0/0")).toBeNull();
    expect(position("5/90.00001/0")).toBeNull();
    expect(position("5/-90.00001/0")).toBeNull();
    expect(position("5/0/180.00001")).toBeNull();
    expect(position("5/0/-180.00001")).toBeNull();
    expect(position("123/0/0")).toBeNull();
    expect(position("5/1/2/3")).toBeNull();
    expect(position("x5/1/2")).toBeNull();
  });

  it("rounds to 5 decimals and whole zooms, and never writes -0", () => {
    expect(roundPosition({ zoom: 4.6, lat: 45.123456, lon: -0.000001 })).toEqual({
      zoom: 5,
      lat: 45.12346,
      lon: 0,
    });
    expect(Object.is(roundPosition({ zoom: 1, lat: -0.000001, lon: 0 }).lat, 0)).toBe(true);
    expect(position("5/45.123456/4.000004")).toEqual({ zoom: 5, lat: 45.12346, lon: 4 });
  });
});

describe("the view in the URL", () => {
  it("reads each non-default view value and ignores any other", () => {
    const state = parseUrlState(
      "mode=regions&level=departements&view=list&tiles=osm&clusterer=markercluster&lang=en",
    );
    expect(state).toMatchObject({
      mode: "regions",
      level: "departements",
      view: "list",
      tiles: true,
      clusterer: "markercluster",
      lang: "en",
    });
    const other = parseUrlState("mode=x&level=x&view=x&tiles=x&clusterer=x&lang=x");
    expect(other).toMatchObject({
      mode: "markers",
      level: "regions",
      view: "map",
      tiles: false,
      clusterer: "supercluster",
      lang: null,
    });
  });

  it("keeps an incident id of 64 characters and drops one of 65", () => {
    expect(parseUrlState(`incident=${"a".repeat(64)}`).incident).toBe("a".repeat(64));
    expect(parseUrlState(`incident=${"a".repeat(65)}`).incident).toBeNull();
    // The API's own id rule: dashes only between letters and digits.
    for (const id of ["fr--dax", "-fr-dax", "fr-dax-"])
      expect(parseUrlState(`incident=${id}`).incident).toBeNull();
    expect(parseUrlState("incident=fr-2021-ch-dax").incident).toBe("fr-2021-ch-dax");
  });

  it("writes / and , unescaped", () => {
    const state = parseUrlState("map=5/46.6/2.5&q=a,b/c");
    expect(serializeUrlState(state)).toBe("q=a,b/c&map=5/46.6/2.5");
  });
});

describe("filters read from the URL", () => {
  it("keep enumeration keys of 1 to 40 lower-case letters and underscores, once each", () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        `type=ddos&type=ddos&type=${"a".repeat(40)}&type=${"a".repeat(41)}&type=Ddos&type=`,
      ),
    );
    expect(filters.type).toEqual(["ddos", "a".repeat(40)]);
  });

  it("keep minAffected of up to 12 digits, 0 included", () => {
    expect(filtersFromParams(new URLSearchParams("minAffected=0")).minAffected).toBe(0);
    expect(filtersFromParams(new URLSearchParams("minAffected=999999999999")).minAffected).toBe(
      999_999_999_999,
    );
    expect(filtersFromParams(new URLSearchParams("minAffected=1000000000000")).minAffected).toBeUndefined();
  });

  it("keep a search of up to 200 characters, trimmed", () => {
    expect(filtersFromParams(new URLSearchParams(`q=${"x".repeat(250)}`)).q).toHaveLength(200);
    expect(filtersFromParams(new URLSearchParams("q=%20dax%20")).q).toBe("dax");
  });

  it("keep dates of the API's form only", () => {
    for (const date of [
      "2021",
      "2021-01",
      "2021-12",
      "2021-12-01",
      "2021-12-31",
      "2021-01-09",
      "2021-01-10",
      "2021-01-29",
    ]) {
      expect(isPartialDate(date)).toBe(true);
    }
    for (const date of [
      "21",
      "2021-00",
      "2021-13",
      "2021-1",
      "2021-12-00",
      "2021-12-32",
      "2021-12-1",
      " 2021",
    ]) {
      expect(isPartialDate(date)).toBe(false);
    }
    expect(filtersFromParams(new URLSearchParams("from=2021&to=2022-06")).from).toBe("2021");
    expect(filtersFromParams(new URLSearchParams("from=2021&to=2022-06")).to).toBe("2022-06");
  });

  it("key the same filters the same way and different ones differently", () => {
    expect(filtersKey(emptyFilters())).toBe("");
    expect(filtersKey({ ...emptyFilters(), country: "FR" })).toBe("country=FR");
    expect(filtersKey({ ...emptyFilters(), minAffected: 0 })).toBe("minAffected=0");
  });
});

describe("filters read from a URL without them", () => {
  it("hold no key at all for an absent or malformed single value", () => {
    const filters = filtersFromParams(
      new URLSearchParams("from=x&to=x&country=x&subdivision=x&minAffected=x&q="),
    );
    expect(Object.keys(filters)).toEqual(["type", "orgType", "verification"]);
  });

  it("take a whole subdivision code only", () => {
    expect(filtersFromParams(new URLSearchParams("subdivision=fr-ara")).subdivision).toBe("FR-ARA");
    expect(filtersFromParams(new URLSearchParams("subdivision=FR-ARAB")).subdivision).toBeUndefined();
    expect(filtersFromParams(new URLSearchParams("subdivision=XFR-ARA")).subdivision).toBeUndefined();
    expect(filtersFromParams(new URLSearchParams("country=FRA")).country).toBeUndefined();
    expect(filtersFromParams(new URLSearchParams("country=XFR")).country).toBeUndefined();
  });
});
