import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { findPossibleDuplicates, planPossibleDuplicates } from "../../../worker/db/find-duplicates";
import { MAX_DUPLICATE_URLS, MAX_DUPLICATES } from "../../../worker/domain/duplicates/possible-duplicate";
import { createIncidents, freshTag, incidentInput, places } from "../factories";

const db = getDb(env);
const sourceUrlOf = (input: { sources: { url: string }[] } | undefined) => input?.sources[0]?.url ?? "";

describe("findPossibleDuplicates", () => {
  it("ranks by the number of signals, then the newest date, then the id, whatever order the signals found them", async () => {
    const tag = freshTag();
    // Found first (by its URL) but with one signal; the others are found later, by name and place.
    const [byUrl, twoSignalsOlder, twoSignalsNewer] = await createIncidents(
      incidentInput(tag, { ...places.newYork, occurredOn: "2020-02-10" }),
      incidentInput(tag, { organisationName: `Clinique ${tag}`, ...places.berlin, occurredOn: "2020-02-01" }),
      incidentInput(tag, { organisationName: `Clinique ${tag}`, ...places.berlin, occurredOn: "2020-02-03" }),
    );
    const found = await findPossibleDuplicates(db, {
      sourceUrls: [sourceUrlOf(byUrl)],
      organisationName: `Clinique ${tag}`,
      date: "2020-02-02",
      ...places.berlin,
    });
    expect(found.map((d) => [d.id, d.signals])).toEqual([
      [twoSignalsNewer?.id, ["organisation_name", "date_place"]],
      [twoSignalsOlder?.id, ["organisation_name", "date_place"]],
      [byUrl?.id, ["source_url"]],
    ]);
  });

  it("orders incidents alike in signals and date by id", async () => {
    const tag = freshTag();
    // The URL's search comes first, so without the id order "zz" would stay before "aa".
    const [zz, aa] = await createIncidents(
      incidentInput(tag, { id: `zz-${tag}`, occurredOn: "2020-03-01" }),
      incidentInput(tag, { id: `aa-${tag}`, organisationName: `Clinique ${tag}`, occurredOn: "2020-03-01" }),
    );
    const found = await findPossibleDuplicates(db, {
      sourceUrls: [sourceUrlOf(zz)],
      organisationName: `Clinique ${tag}`,
    });
    expect(found.map((d) => [d.id, d.signals])).toEqual([
      [aa?.id, ["organisation_name"]],
      [zz?.id, ["source_url"]],
    ]);
  });

  it("lists at most 20, the ones ranked first", async () => {
    const tag = freshTag();
    const inputs = Array.from({ length: MAX_DUPLICATES + 1 }, (_, n) =>
      incidentInput(tag, {
        organisationName: `Clinique ${tag}`,
        occurredOn: `2020-01-${String(n + 1).padStart(2, "0")}`,
      }),
    );
    await createIncidents(...inputs);
    const found = await findPossibleDuplicates(db, { organisationName: `Clinique ${tag}` });
    // Newest first: the oldest, 1 January, is the one left out.
    expect(found.map((d) => d.date)).toEqual(
      inputs
        .slice(1)
        .map((i) => i.occurredOn)
        .reverse(),
    );
  });

  it("compares the first 10 source URLs only", async () => {
    const tag = freshTag();
    const [cited] = await createIncidents(incidentInput(tag));
    const others = Array.from({ length: MAX_DUPLICATE_URLS }, (_, n) => `https://other.example/${tag}/${n}`);
    expect(await findPossibleDuplicates(db, { sourceUrls: [...others, sourceUrlOf(cited)] })).toEqual([]);
    const found = await findPossibleDuplicates(db, { sourceUrls: [...others.slice(1), sourceUrlOf(cited)] });
    expect(found.map((d) => d.id)).toEqual([cited?.id]);
  });

  it("finds a place across the antimeridian from either side", async () => {
    const tag = freshTag();
    const [east, west] = await createIncidents(
      incidentInput(tag, { latitude: -17, longitude: 179.9, occurredOn: "2018-06-01", city: null }),
      incidentInput(tag, { latitude: -17, longitude: -179.9, occurredOn: "2018-06-01", city: null }),
    );
    const fromWest = await findPossibleDuplicates(db, {
      date: "2018-06-01",
      latitude: -17,
      longitude: -179.95,
    });
    const fromEast = await findPossibleDuplicates(db, {
      date: "2018-06-01",
      latitude: -17,
      longitude: 179.95,
    });
    for (const found of [fromWest, fromEast]) {
      expect(found.map((d) => d.id).sort()).toEqual([east?.id, west?.id].sort());
    }
  });

  it("asks D1 only for the signals the query gives", () => {
    const count = (query: Parameters<typeof planPossibleDuplicates>[1]) =>
      planPossibleDuplicates(db, query).statements.length;
    expect(count({})).toBe(0);
    expect(count({ sourceUrls: [] })).toBe(0);
    expect(count({ organisationName: "Clinique Pasteur" })).toBe(1);
    expect(count({ date: "2020-01-01", latitude: 1, longitude: 1 })).toBe(1);
    expect(
      count({
        sourceUrls: ["https://a.example/"],
        organisationName: "Clinique Pasteur",
        date: "2020-01-01",
        latitude: 1,
        longitude: 1,
      }),
    ).toBe(3);
  });
});
