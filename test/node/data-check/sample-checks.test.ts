import { describe, expect, it } from "vitest";
import {
  type CheckContext,
  checkBackedFigures,
  checkDateOrder,
  checkIds,
  checkNoFutureDates,
  checkPlace,
  checkSchema,
  checkSharedUrls,
  checkWeakSources,
  type SampleEntry,
} from "../../../scripts/lib/data-check/sample-checks";
import sample from "../../../worker/db/sample/incidents.json";
import sharedSources from "../../../worker/db/sample/shared-sources.json";
import weakDomains from "../../../worker/db/sample/weak-source-domains.json";

const context: CheckContext = { today: "2026-11-29", weakDomains, sharedSources };
const dax = sample.find((entry) => entry.id === "fr-2021-ch-dax") as unknown as SampleEntry;
const source = dax.sources[0] as SampleEntry["sources"][number];
const entry = (changes: Partial<SampleEntry>): SampleEntry => ({ ...dax, ...changes });

describe("npm run data:check", () => {
  it("names the field of an entry that breaks the schema", () => {
    expect(checkSchema([{ ...dax, latitude: 91 }])).toEqual([
      "fr-2021-ch-dax: /latitude Too big: expected number to be <=90",
    ]);
  });

  it("refuses a discovery before the attack, but not within the same month at month precision", () => {
    const backwards = entry({
      occurredOn: "2021-02-09",
      discoveredOn: "2021-02-08",
      discoveredPrecision: "day",
    });
    expect(checkDateOrder([backwards])).toEqual([
      "fr-2021-ch-dax: occurred 2021-02-09 is after discovered 2021-02-08",
    ]);
    const sameMonth = entry({
      occurredOn: "2021-02-09",
      discoveredOn: "2021-02-01",
      discoveredPrecision: "month",
    });
    expect(checkDateOrder([sameMonth])).toEqual([]);
  });

  it("refuses a date after today and accepts today itself", () => {
    expect(checkNoFutureDates([entry({ disclosedOn: "2026-11-29" })], context)).toEqual([]);
    expect(checkNoFutureDates([entry({ disclosedOn: "2026-11-30" })], context)).toEqual([
      "fr-2021-ch-dax: disclosedOn 2026-11-30 is in the future",
    ]);
    const futureRead = entry({ sources: [{ ...source, accessedOn: "2027-01-01" }] });
    expect(checkNoFutureDates([futureRead], context)).toEqual([
      "fr-2021-ch-dax: sources/0/accessedOn 2027-01-01 is in the future",
    ]);
  });

  it("refuses a point outside the stated country, and a city-level point without a city", () => {
    expect(checkPlace([entry({ latitude: 47.56108, longitude: 7.5815 })])).toEqual([
      "fr-2021-ch-dax: the point lies in CH, not FR",
    ]);
    expect(checkPlace([entry({ city: null })])).toEqual([
      "fr-2021-ch-dax: a city-level position names no city",
    ]);
    expect(checkPlace([entry({ city: null, locationPrecision: "subdivision" })])).toEqual([]);
  });

  it("wants a count of people from more than the attacker, unless the incident is a claim", () => {
    const claimOnly = entry({ individualsAffected: 1000, sources: [{ ...source, kind: "actor_claim" }] });
    expect(checkBackedFigures([claimOnly])).toEqual([
      "fr-2021-ch-dax: individualsAffected rests on the attacker's claim alone",
    ]);
    expect(checkBackedFigures([{ ...claimOnly, verification: "claimed_by_actor" }])).toEqual([]);
  });

  it("wants a regulator action backed by the regulator: its own URL or a regulator source", () => {
    const action = {
      authority: "CNIL",
      reference: null,
      date: null,
      fineAmount: null,
      currency: null,
      url: null,
    };
    expect(checkBackedFigures([entry({ regulatorActions: [action] })])).toEqual([
      "fr-2021-ch-dax: regulatorActions/0 (CNIL) cites no regulator source",
    ]);
    const withUrl = { ...action, url: "https://www.cnil.fr/fr/" };
    expect(checkBackedFigures([entry({ regulatorActions: [withUrl] })])).toEqual([]);
    const withSource = entry({ regulatorActions: [action], sources: [{ ...source, kind: "regulator" }] });
    expect(checkBackedFigures([withSource])).toEqual([]);
  });

  it("refuses a weak domain and its subdomains, and a path-limited one only on that path", () => {
    const weak = (url: string) => checkWeakSources([entry({ sources: [{ ...source, url }] })], context);
    expect(weak("https://www.archyde.com/a")).toHaveLength(1);
    expect(weak("https://fr.archyde.com/a")).toHaveLength(1);
    expect(weak("https://notarchyde.com/a")).toEqual([]);
    expect(weak("https://oodaloop.com/briefs/x")).toHaveLength(1);
    expect(weak("https://oodaloop.com/analysis/x")).toEqual([]);
  });

  it("refuses a URL cited by two incidents unless a shared-source entry says why", () => {
    const other = entry({ id: "fr-2021-other", sources: [source] });
    expect(checkSharedUrls([dax, other], { ...context, sharedSources: [] })).toEqual([
      `fr-2021-ch-dax, fr-2021-other: all cite ${source.url}, and no shared-source entry says why`,
    ]);
    expect(
      checkSharedUrls([dax, other], { ...context, sharedSources: [{ url: source.url, reason: "r" }] }),
    ).toEqual([]);
  });

  it("wants an id made of the country and the year of one of the dates", () => {
    expect(checkIds([dax])).toEqual([]);
    expect(checkIds([entry({ id: "de-2021-ch-dax" })])).toEqual([
      "de-2021-ch-dax: the id's country is not FR",
    ]);
    expect(checkIds([entry({ id: "fr-2019-ch-dax" })])).toEqual([
      "fr-2019-ch-dax: the id's year is none of its dates' (2021, 2021)",
    ]);
  });
});
