import { describe, expect, it } from "vitest";
import type { IncidentSummary } from "../../../worker/domain/public-incident";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";

type Page = { items: IncidentSummary[] };

async function ids(query: string): Promise<string[]> {
  const page = await getJson<Page>(`/api/incidents?${query}`);
  return page.items.map((item) => item.id).sort();
}

const sorted = (...values: (string | undefined)[]) => values.map(String).sort();

describe("the public filters' limits", () => {
  it("reads a bbox whose west is east of its east as crossing the antimeridian", async () => {
    const tag = freshTag();
    const [fiji, samoa, tokyo, rio] = await createIncidents(
      incidentInput(tag, { latitude: -18.1416, longitude: 178.4419, city: "Suva" }),
      incidentInput(tag, { latitude: -13.8333, longitude: -171.7667, city: "Apia" }),
      incidentInput(tag, { latitude: 35.6762, longitude: 139.6503, city: "Tokyo" }),
      incidentInput(tag, { latitude: -22.9068, longitude: -43.1729, city: "Rio de Janeiro" }),
    );
    expect(await ids(`q=${tag}&bbox=170,-30,-160,0`)).toEqual(sorted(fiji?.id, samoa?.id));
    expect(await ids(`q=${tag}&bbox=-160,-30,170,40`)).toEqual(sorted(tokyo?.id, rio?.id));
  });

  it("reads a bbox as thin as one meridian as that meridian only", async () => {
    const tag = freshTag();
    const [onMeridian] = await createIncidents(
      incidentInput(tag, { latitude: 45, longitude: 5 }),
      incidentInput(tag, { latitude: 45, longitude: 5.01 }),
    );
    expect(await ids(`q=${tag}&bbox=5,40,5,50`)).toEqual([onMeridian?.id]);
  });

  it("keeps an incident on the bbox's edges and drops one just outside", async () => {
    const tag = freshTag();
    const [onEdges] = await createIncidents(
      incidentInput(tag, { latitude: 45, longitude: 5 }),
      incidentInput(tag, { latitude: 45, longitude: 4.99 }),
      incidentInput(tag, { latitude: 44.99, longitude: 5 }),
    );
    expect(await ids(`q=${tag}&bbox=5,45,6,46`)).toEqual([onEdges?.id]);
    const [northEast] = await createIncidents(incidentInput(tag, { latitude: 46, longitude: 6 }));
    expect(await ids(`q=${tag}&bbox=5,45,6,46`)).toEqual(sorted(onEdges?.id, northEast?.id));
    expect(await ids(`q=${tag}&bbox=5,45,5.99,45.99`)).toEqual([onEdges?.id]);
  });

  it("takes from and to inclusively: the day on the limit is in, the day past it is out", async () => {
    const tag = freshTag();
    const [dayBefore, first, last, dayAfter] = await createIncidents(
      incidentInput(tag, { occurredOn: "2020-12-31" }),
      incidentInput(tag, { occurredOn: "2021-01-01" }),
      incidentInput(tag, { occurredOn: "2021-12-31" }),
      incidentInput(tag, { occurredOn: "2022-01-01" }),
    );
    expect(await ids(`q=${tag}&from=2021&to=2021`)).toEqual(sorted(first?.id, last?.id));
    expect(await ids(`q=${tag}&from=2021-01-01&to=2021-12-31`)).toEqual(sorted(first?.id, last?.id));
    expect(await ids(`q=${tag}&from=2021-01&to=2021-12`)).toEqual(sorted(first?.id, last?.id));
    expect(await ids(`q=${tag}&from=2021-01-02`)).toEqual(sorted(last?.id, dayAfter?.id));
    expect(await ids(`q=${tag}&to=2021-12-30`)).toEqual(sorted(dayBefore?.id, first?.id));
  });

  it("dates an incident by when it occurred, else was discovered, else was made public", async () => {
    const tag = freshTag();
    const [discovered, disclosed] = await createIncidents(
      incidentInput(tag, {
        occurredOn: null,
        occurredPrecision: null,
        discoveredOn: "2019-06-01",
        discoveredPrecision: "day",
        disclosedOn: "2020-06-01",
        disclosedPrecision: "day",
      }),
      incidentInput(tag, {
        occurredOn: null,
        occurredPrecision: null,
        disclosedOn: "2018-06-01",
        disclosedPrecision: "day",
      }),
    );
    expect(await ids(`q=${tag}&from=2019&to=2019`)).toEqual([discovered?.id]);
    expect(await ids(`q=${tag}&from=2018&to=2018`)).toEqual([disclosed?.id]);
  });

  it("takes minAffected inclusively and leaves out an unknown count", async () => {
    const tag = freshTag();
    const [below, at, above] = await createIncidents(
      incidentInput(tag, { individualsAffected: 999 }),
      incidentInput(tag, { individualsAffected: 1000 }),
      incidentInput(tag, { individualsAffected: 1001 }),
      incidentInput(tag, { individualsAffected: null }),
    );
    expect(await ids(`q=${tag}&minAffected=1000`)).toEqual(sorted(at?.id, above?.id));
    expect(await ids(`q=${tag}&minAffected=0`)).toEqual(sorted(below?.id, at?.id, above?.id));
  });

  it("treats a search of punctuation only as matching nothing", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    expect(await ids("q=%22%2A%28")).toEqual([]);
  });
});

describe("the subdivision filter", () => {
  it("reads FR-NN as a French département and never matches a foreign code's local part to one", async () => {
    const tag = freshTag();
    const [ain] = await createIncidents(
      incidentInput(tag, { latitude: 46.2052, longitude: 5.2255, city: "Bourg-en-Bresse" }),
    );
    expect(await ids(`q=${tag}&subdivision=FR-01`)).toEqual([ain?.id]);
    expect(await ids(`q=${tag}&subdivision=PT-01`)).toEqual([]);
  });
});

describe("the full-text filter q", () => {
  it("searches threat actor, third party and city, the last word as a prefix only", async () => {
    const tag = freshTag();
    const [actor, vendor, city] = await createIncidents(
      incidentInput(tag, { threatActor: `Lockbitx${tag}` }),
      incidentInput(tag, { thirdPartyName: `Softvendor${tag}` }),
      incidentInput(tag, { latitude: 45.1885, longitude: 5.7245, city: `Grenoblé${tag}` }),
    );
    expect(await ids(`q=lockbitx${tag}`)).toEqual([actor?.id]);
    expect(await ids(`q=SOFTVENDOR${tag}`)).toEqual([vendor?.id]);
    expect(await ids(`q=grenoble${tag}`)).toEqual([city?.id]);
    const prefix = `lockbitx${tag}`.slice(0, -3);
    expect(await ids(`q=${prefix}`)).toEqual([actor?.id]);
    expect(await ids(`q=${prefix}%20${tag}`)).toEqual([]);
  });
});
