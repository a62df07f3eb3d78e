import { describe, expect, it } from "vitest";
import type { IncidentSummary, PublicIncident } from "../../../worker/domain/public-incident";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson } from "../request";

type Page = { items: IncidentSummary[]; nextCursor: string | null; version: number };

const idsOf = (page: Page) => page.items.map((item) => item.id);

describe("GET /api/incidents", () => {
  it("lists published incidents newest first, with their derived country and subdivision", async () => {
    const tag = freshTag();
    const [older, newer] = await createIncidents(
      incidentInput(tag, { occurredOn: "2021-01-10" }),
      incidentInput(tag, { occurredOn: "2023-06-01", ...places.bordeaux }),
    );
    const page = await getJson<Page>(`/api/incidents?q=${tag}`);
    expect(idsOf(page)).toEqual([newer?.id, older?.id]);
    expect(page.items[0]).toMatchObject({
      country: "FR",
      subdivision: "FR-NAQ",
      department: "33",
      date: "2023-06-01",
    });
    expect(page.nextCursor).toBeNull();
  });

  it("pages through every matching incident exactly once with the cursor", async () => {
    const tag = freshTag();
    // Several share a date, so the id must break ties for the keyset to be total.
    const inputs = await createIncidents(
      ...Array.from({ length: 7 }, (_, i) => incidentInput(tag, { occurredOn: `2020-0${1 + (i % 3)}-01` })),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await getJson<Page>(
        `/api/incidents?q=${tag}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(inputs.map((input) => input.id)));
  });

  it("filters by type, organisation type, verification, dates, size and place", async () => {
    const tag = freshTag();
    const [leak, ransomware, lab] = await createIncidents(
      incidentInput(tag, { attackTypes: ["data_exposure", "data_theft"], individualsAffected: 500_000 }),
      incidentInput(tag, {
        attackTypes: ["ransomware"],
        verification: "claimed_by_actor",
        occurredOn: "2019-05-05",
      }),
      incidentInput(tag, {
        organisationType: "medical_laboratory",
        attackTypes: ["phishing"],
        ...places.dublin,
        individualsAffected: 20,
      }),
    );
    const query = (filters: string) => getJson<Page>(`/api/incidents?q=${tag}&${filters}`).then(idsOf);

    expect(await query("type=data_theft")).toEqual([leak?.id]);
    expect((await query("type=data_theft&type=ransomware")).sort()).toEqual(
      [leak?.id, ransomware?.id].sort(),
    );
    expect(await query("orgType=medical_laboratory")).toEqual([lab?.id]);
    expect(await query("verification=claimed_by_actor")).toEqual([ransomware?.id]);
    expect(await query("from=2019&to=2019")).toEqual([ransomware?.id]);
    expect(await query("minAffected=1000")).toEqual([leak?.id]);
    expect(await query("country=ie")).toEqual([lab?.id]);
    expect((await query("subdivision=FR-ARA")).sort()).toEqual([leak?.id, ransomware?.id].sort());
    expect((await query("subdivision=FR-69")).sort()).toEqual([leak?.id, ransomware?.id].sort());
    expect(await query("bbox=-10,50,-5,55")).toEqual([lab?.id]);
  });

  it("finds incidents by words of their organisation, accents and case aside", async () => {
    const tag = freshTag();
    const [target] = await createIncidents(
      incidentInput(tag, { organisationName: `Hôpital Sainte-Émilie ${tag}` }),
      incidentInput(tag),
    );
    const page = await getJson<Page>(`/api/incidents?q=${encodeURIComponent(`sainte emilie ${tag}`)}`);
    expect(idsOf(page)).toEqual([target?.id]);
  });

  it("treats search operators typed by a person as plain words", async () => {
    const page = await getJson<Page>(`/api/incidents?q=${encodeURIComponent('"NEAR( * OR')}`);
    expect(page.items).toEqual([]);
  });
});

describe("GET /api/incidents/:id", () => {
  it("returns the whole record with its sources and revision history", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(
      incidentInput(tag, {
        ransomDemanded: { amount: 10_000_000, currency: "USD" },
        regulatorActions: [
          {
            authority: "CNIL",
            reference: "SAN-2022-009",
            date: "2022-04-15",
            fineAmount: 1_500_000,
            currency: "EUR",
            url: null,
          },
        ],
      }),
    );
    const incident = await getJson<PublicIncident>(`/api/incidents/${input?.id}`);
    expect(incident).toMatchObject({
      id: input?.id,
      status: "published",
      country: "FR",
      subdivision: "FR-ARA",
      department: "69",
      occurredOn: "2022-03-15",
      occurredPrecision: "day",
      individualsAffected: null,
      ransomDemanded: { amount: 10_000_000, currency: "USD" },
      regulatorActions: [{ reference: "SAN-2022-009", fineAmount: 1_500_000 }],
      revision: 1,
    });
    expect(incident.sources).toEqual(input?.sources);
    expect(incident.revisions).toEqual([
      {
        revision: 1,
        at: expect.any(String),
        summary: "Published",
        reason: expect.any(String),
        changes: [],
        sourceUrl: null,
      },
    ]);
  });
});
