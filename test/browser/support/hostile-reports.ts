/**
 * Reports whose every text field is filled with XSS payloads, as many to a field as its limit
 * allows, over as few reports as possible (intake is rate-limited). Every payload ends up in
 * every text field of some report: the short fields set how many reports are needed, while
 * sources and regulator actions take one payload per entry.
 */
import { xssPayloads } from "./xss-payloads";

/** The report's single text fields and their limits (worker/domain/incident-input.ts, report-input.ts). */
const singleFields = {
  title: 200,
  organisationName: 200,
  thirdPartyName: 200,
  city: 120,
  threatActor: 120,
  creditName: 120,
} as const;
type SingleField = keyof typeof singleFields;

/** Consecutive payloads joined by a space, each group at most `max` characters long. */
export function pack(payloads: readonly string[], max: number): string[] {
  const groups: string[] = [];
  let current = "";
  for (const payload of payloads) {
    const next = current ? `${current} ${payload}` : payload;
    if (next.length <= max) current = next;
    else {
      groups.push(current);
      current = payload;
    }
  }
  if (current) groups.push(current);
  return groups;
}

export type HostileReport = {
  marker: string;
  text: Record<SingleField | "summary", string>;
  /** The payloads this report carries in its sources and regulator actions. */
  listed: string[];
  body: Record<string, unknown>;
};

export function hostileReports(date: string, payloads: readonly string[] = xssPayloads): HostileReport[] {
  const markerFor = (k: number) => `Xss${k}`;
  const packed = Object.fromEntries(
    Object.entries(singleFields).map(([field, max]) => [
      field,
      pack(payloads, field === "title" ? max - markerFor(99).length - 1 : max),
    ]),
  ) as Record<SingleField, string[]>;
  const count = Math.max(3, ...Object.values(packed).map((groups) => groups.length));
  return Array.from({ length: count }, (_, k) => {
    const marker = markerFor(k);
    const pick = (field: SingleField) => {
      const groups = packed[field];
      return groups[k % groups.length] as string;
    };
    const listed = payloads.filter((_, i) => i % count === k);
    const text = {
      title: `${marker} ${pick("title")}`,
      organisationName: pick("organisationName"),
      thirdPartyName: pick("thirdPartyName"),
      city: pick("city"),
      threatActor: pick("threatActor"),
      creditName: pick("creditName"),
      summary: `${marker}\n${payloads.join("\n")}`,
    };
    return {
      marker,
      text,
      listed,
      body: {
        incident: {
          title: text.title,
          summary: text.summary,
          verification: "reported",
          organisationName: text.organisationName,
          organisationType: "public_hospital",
          thirdPartyName: text.thirdPartyName,
          city: text.city,
          // Apart from each other and from the sample data: each alone on the map at zoom 12.
          latitude: -40 - k * 0.5,
          longitude: -100 - k * 0.5,
          locationPrecision: "city",
          occurredOn: date,
          occurredPrecision: "day",
          discoveredOn: null,
          discoveredPrecision: null,
          disclosedOn: null,
          disclosedPrecision: null,
          attackTypes: ["ransomware"],
          threatActor: text.threatActor,
          assetsHit: [],
          individualsAffected: 1000 + k,
          affectedIsEstimate: false,
          dataCategories: [],
          dataPublishedOnline: null,
          dataPublishedOn: null,
          careDisruption: null,
          disruptionDays: null,
          ransomDemanded: null,
          ransomPaid: null,
          regulatorActions: listed.slice(0, 20).map((p) => ({
            authority: p,
            reference: p,
            date: null,
            fineAmount: null,
            currency: null,
            url: null,
          })),
          sources: listed.map((p, i) => ({
            url: `https://example.org/xss/${k}/${i}`,
            title: p,
            publisher: p,
            publishedOn: null,
            kind: "press",
          })),
        },
        creditName: text.creditName,
        contributorRole: "researcher",
      },
    };
  });
}
