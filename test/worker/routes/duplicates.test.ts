import { describe, expect, it } from "vitest";
import type { DuplicatesResponse } from "../../../worker/api/responses";
import { CLOSE_KILOMETRES, distanceKm } from "../../../worker/domain/duplicates/closeness";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson, request } from "../request";

const duplicates = (query: string) => getJson<DuplicatesResponse>(`/api/duplicates?${query}`);
const idsOf = (response: DuplicatesResponse) => response.items.map((item) => item.id).sort();

/** A point `km` kilometres due north of `from`, to the metre. */
function northOf(from: { latitude: number; longitude: number }, km: number) {
  const point = { latitude: from.latitude + km / 111.195, longitude: from.longitude };
  // Correct the small error of the rule of thumb so that the distance is exact to 1 m.
  const error = km - distanceKm(from, point);
  return { latitude: point.latitude + error / 111.195, longitude: from.longitude };
}

describe("GET /api/duplicates", () => {
  describe("the same source URL", () => {
    it("finds an incident that cites the URL, however its scheme, slash and fragment are written", async () => {
      const tag = freshTag();
      const url = `https://press.example/${tag}/article`;
      const [cited] = await createIncidents(
        incidentInput(tag, {
          sources: [{ url, title: "A", publisher: null, publishedOn: null, kind: "press" }],
        }),
        incidentInput(tag),
      );
      for (const given of [url, `http://press.example/${tag}/article/`, `${url}#comments`]) {
        const found = await duplicates(`url=${encodeURIComponent(given)}`);
        expect(found.items).toEqual([
          {
            id: cited?.id,
            title: cited?.title,
            titleFr: null,
            organisationName: cited?.organisationName,
            date: "2022-03-15",
            country: "FR",
            signals: ["source_url"],
          },
        ]);
      }
      expect((await duplicates(`url=${encodeURIComponent(`${url}-2`)}`)).items).toEqual([]);
    });

    it("takes several URLs", async () => {
      const tag = freshTag();
      const [a, b] = await createIncidents(incidentInput(tag), incidentInput(tag));
      const query = [a, b].map((i) => `url=${encodeURIComponent(i?.sources[0]?.url ?? "")}`).join("&");
      expect(idsOf(await duplicates(query))).toEqual([a?.id, b?.id].sort());
    });
  });

  describe("a similar organisation name", () => {
    it("ignores accents, case, punctuation, word order and the words every hospital shares", async () => {
      const tag = freshTag();
      const [veil] = await createIncidents(
        incidentInput(tag, { organisationName: `Hôpital Simone-Veil ${tag}` }),
      );
      for (const name of [`hopital simone veil ${tag}`, `Centre hospitalier ${tag} Veil, Simone`]) {
        const found = await duplicates(`organisation=${encodeURIComponent(name)}`);
        expect(found.items.find((i) => i.id === veil?.id)?.signals).toEqual(["organisation_name"]);
      }
    });

    it("counts a name 0.8 similar (2 edits in 10 letters) and not one 0.7 similar (3 edits)", async () => {
      const tag = freshTag();
      // Distinctive names of exactly 10 letters: "abcdefghij" against 2 and 3 replaced letters.
      const stem = tag.slice(3, 8).replace(/\d/g, "q");
      const stored = `Clinique ${stem}abcde`;
      const [clinic] = await createIncidents(incidentInput(tag, { organisationName: stored }));
      const near = await duplicates(`organisation=${encodeURIComponent(`Clinic ${stem}abcxx`)}`);
      expect(near.items.map((i) => i.id)).toContain(clinic?.id);
      const far = await duplicates(`organisation=${encodeURIComponent(`Clinic ${stem}abxxx`)}`);
      expect(far.items.map((i) => i.id)).not.toContain(clinic?.id);
    });

    it("does not take another town's hospital for the same one", async () => {
      const tag = freshTag();
      await createIncidents(incidentInput(tag, { organisationName: `Centre hospitalier de Dax${tag}` }));
      const found = await duplicates(
        `organisation=${encodeURIComponent(`Centre hospitalier d'Arles${tag}`)}`,
      );
      expect(found.items).toEqual([]);
    });
  });

  describe("a close date and place", () => {
    it(`counts ${CLOSE_KILOMETRES} km and 30 days apart, not a metre or a day more`, async () => {
      const tag = freshTag();
      const base = { ...places.rennes, occurredOn: "2019-04-10" };
      const onLimit = northOf(places.rennes, CLOSE_KILOMETRES - 0.001);
      const pastLimit = northOf(places.rennes, CLOSE_KILOMETRES + 0.001);
      const [near, tooFar, dayLimit, dayPast, before] = await createIncidents(
        incidentInput(tag, { ...base, ...onLimit }),
        incidentInput(tag, { ...base, ...pastLimit }),
        incidentInput(tag, { ...base, occurredOn: "2019-05-10" }),
        incidentInput(tag, { ...base, occurredOn: "2019-05-11" }),
        incidentInput(tag, { ...base, occurredOn: "2019-03-11" }),
      );
      const found = await duplicates(
        `date=2019-04-10&lat=${places.rennes.latitude}&lon=${places.rennes.longitude}`,
      );
      const ids = found.items.map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining([near?.id, dayLimit?.id, before?.id]));
      expect(ids).not.toContain(tooFar?.id);
      expect(ids).not.toContain(dayPast?.id);
      expect(found.items.find((i) => i.id === near?.id)?.signals).toEqual(["date_place"]);
    });

    it("finds a place across the antimeridian", async () => {
      const tag = freshTag();
      const [fiji] = await createIncidents(
        incidentInput(tag, { latitude: -17, longitude: 179.9, occurredOn: "2018-01-01", city: null }),
      );
      const found = await duplicates("date=2018-01-02&lat=-17&lon=-179.9");
      expect(found.items.map((i) => i.id)).toContain(fiji?.id);
    });
  });

  it("lists an incident once with every signal it matched, the most signals first", async () => {
    const tag = freshTag();
    const [both, one] = await createIncidents(
      incidentInput(tag, { organisationName: `Hôpital ${tag}`, ...places.berlin, occurredOn: "2020-02-02" }),
      incidentInput(tag, { organisationName: `Hospital ${tag}`, ...places.newYork }),
    );
    const url = encodeURIComponent(both?.sources[0]?.url ?? "");
    const found = await duplicates(
      `url=${url}&organisation=${tag}&date=2020-02-01&lat=${places.berlin.latitude}&lon=${places.berlin.longitude}`,
    );
    expect(found.items.map((i) => [i.id, i.signals])).toEqual([
      [both?.id, ["source_url", "organisation_name", "date_place"]],
      [one?.id, ["organisation_name"]],
    ]);
  });

  it("never lists a retracted incident", async () => {
    const tag = freshTag();
    const [incident] = await createIncidents(incidentInput(tag));
    const { env } = await import("cloudflare:workers");
    await env.DB.prepare("update incidents set status = 'retracted' where id = ?").bind(incident?.id).run();
    const found = await duplicates(`url=${encodeURIComponent(incident?.sources[0]?.url ?? "")}`);
    expect(found.items).toEqual([]);
  });

  it.each([
    ["", "", "Give url, organisation, or date with lat and lon."],
    ["url=javascript:alert(1)", "/url/0", "Expected an http(s) URL."],
    ["date=2021-02-31&lat=1&lon=1", "/date", "Expected a date as YYYY-MM-DD."],
    ["date=2021-02-01&lat=91&lon=1", "/lat", "Between -90 and 90."],
    ["date=2021-02-01&lat=1", "/lon", "date, lat and lon go together."],
    ["organisation=a&organisation=b", "/organisation", "Give this parameter once."],
    ["orgnisation=a", "/orgnisation", "This parameter is not known."],
    [`${"url=https://a.example/&".repeat(11)}`, "/url", "At most 10 URLs."],
  ])("refuses %j with a problem naming %s", async (query, pointer, detail) => {
    const response = await request(`/api/duplicates?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = (await response.json()) as { errors: { pointer: string; detail: string }[] };
    expect(body.errors).toContainEqual({ pointer, detail });
  });
});
