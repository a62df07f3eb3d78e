import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import {
  type IncidentInput,
  incidentInput,
  latestAllowedDate,
  newIncidentInput,
  sampleIncidentInput,
} from "../../../worker/domain/incident-input";
import { plainIncidentFacts } from "../../support/plain-incident-facts";

type Source = IncidentInput["sources"][number];

function source(overrides: Partial<Source> = {}): Source {
  return {
    url: "https://press.example/dax",
    title: "A press article",
    publisher: "Example press",
    publishedOn: "2022-03-16",
    accessedOn: "2022-03-20",
    kind: "press",
    ...overrides,
  };
}

/** A valid incident, as the sample data gives one; each test changes what it is about. */
function incident(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return {
    id: "fr-2022-ch-dax-abc123",
    title: "Ransomware at Dax",
    summary: "The hospital went back to paper.",
    verification: "confirmed",
    organisationName: "CH de Dax",
    organisationType: "public_hospital",
    thirdPartyName: null,
    city: "Dax",
    latitude: 43.71,
    longitude: -1.05,
    locationPrecision: "city",
    occurredOn: "2022-03-15",
    occurredPrecision: "day",
    ...plainIncidentFacts(),
    sources: [source()],
    ...overrides,
  };
}

const action = {
  authority: "CNIL",
  reference: null,
  date: "2023-01-10",
  fineAmount: null,
  currency: null,
  url: null,
};

/** The issues a schema finds, as path and message. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe("the last date that is not in the future", () => {
  it("is today in UTC+14, so that a morning in Kiribati is already allowed", () => {
    expect(latestAllowedDate(Date.parse("2026-11-30T09:59:59.999Z"))).toBe("2026-11-30");
    expect(latestAllowedDate(Date.parse("2026-11-30T10:00:00.000Z"))).toBe("2026-12-01");
  });

  it("is read from the clock when no time is given", () => {
    vi.useFakeTimers({ now: Date.parse("2026-06-01T10:00:00.000Z") });
    try {
      expect(latestAllowedDate()).toBe("2026-06-02");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("an incident's cross-field rules", () => {
  it("accept a whole incident", () => {
    expect(issuesOf(incidentInput, incident())).toEqual([]);
  });

  it("refuse texts that are not a whole language, at the missing field", () => {
    expect(issuesOf(incidentInput, incident({ summary: null }))).toEqual([
      { path: ["summary"], message: "A title and its summary go together, in the same language." },
    ]);
  });

  it.each(["occurred", "discovered", "disclosed"] as const)(
    "refuse a %s date without its precision, and a precision without its date",
    (name) => {
      const message = "A date and its precision go together.";
      const allDated = incident({
        discoveredOn: "2022-03-20",
        discoveredPrecision: "day",
        disclosedOn: "2022-04-01",
        disclosedPrecision: "month",
      });
      expect(issuesOf(incidentInput, allDated)).toEqual([]);
      expect(issuesOf(incidentInput, { ...allDated, [`${name}Precision`]: null })).toEqual([
        { path: [`${name}Precision`], message },
      ]);
      expect(issuesOf(incidentInput, { ...allDated, [`${name}On`]: null })).toEqual([
        { path: [`${name}Precision`], message },
      ]);
    },
  );

  it("ask for at least one of the three dates, at the date of occurrence", () => {
    const none = { occurredOn: null, occurredPrecision: null } as const;
    expect(issuesOf(incidentInput, incident(none))).toEqual([
      { path: ["occurredOn"], message: "Give at least one date." },
    ]);
    expect(
      issuesOf(incidentInput, incident({ ...none, discoveredOn: "2022-03-20", discoveredPrecision: "day" })),
    ).toEqual([]);
    expect(
      issuesOf(incidentInput, incident({ ...none, disclosedOn: "2022-04-01", disclosedPrecision: "month" })),
    ).toEqual([]);
  });

  it("refuse an attack type given twice", () => {
    expect(issuesOf(incidentInput, incident({ attackTypes: ["ransomware", "ddos", "ransomware"] }))).toEqual([
      { path: ["attackTypes"], message: "Each attack type once." },
    ]);
    expect(issuesOf(incidentInput, incident({ attackTypes: ["ransomware", "ddos"] }))).toEqual([]);
  });

  it("refuse a source read before it was published, and take one read the day it was", () => {
    const sources = [source(), source({ publishedOn: "2022-03-16", accessedOn: "2022-03-15" })];
    expect(issuesOf(incidentInput, incident({ sources }))).toEqual([
      { path: ["sources", 1, "accessedOn"], message: "A source cannot be read before it was published." },
    ]);
    const sameDay = [source({ publishedOn: "2022-03-16", accessedOn: "2022-03-16" })];
    expect(issuesOf(incidentInput, incident({ sources: sameDay }))).toEqual([]);
    const undated = [source({ publishedOn: null, accessedOn: "2022-03-16" }), source({ accessedOn: null })];
    expect(issuesOf(incidentInput, incident({ sources: undated }))).toEqual([]);
  });
});

describe("an incident's dates in the future", () => {
  const future = "A date may not be in the future.";

  beforeEach(() => {
    // 2026-11-30 10:00 UTC: 2026-12-01 has begun in UTC+14, 2026-12-02 has not begun anywhere.
    vi.useFakeTimers({ now: Date.parse("2026-11-30T10:00:00.000Z") });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("are refused at each date of the incident, the one today in UTC+14 is taken", () => {
    const today = "2026-12-01";
    const tomorrow = "2026-12-02";
    expect(
      issuesOf(
        incidentInput,
        incident({
          occurredOn: tomorrow,
          discoveredOn: today,
          discoveredPrecision: "day",
          disclosedOn: tomorrow,
          disclosedPrecision: "day",
          dataPublishedOn: tomorrow,
          sources: [source({ publishedOn: today, accessedOn: today })],
        }),
      ),
    ).toEqual([
      { path: ["occurredOn"], message: future },
      { path: ["disclosedOn"], message: future },
      { path: ["dataPublishedOn"], message: future },
    ]);
    expect(issuesOf(incidentInput, incident({ discoveredOn: tomorrow, discoveredPrecision: "day" }))).toEqual(
      [{ path: ["discoveredOn"], message: future }],
    );
  });

  it("are refused in each source and each regulator action, at its index", () => {
    expect(
      issuesOf(
        incidentInput,
        incident({
          sources: [source(), source({ publishedOn: "2026-12-02", accessedOn: "2026-12-03" })],
          regulatorActions: [action, { ...action, date: "2026-12-02" }],
        }),
      ),
    ).toEqual([
      { path: ["sources", 1, "publishedOn"], message: future },
      { path: ["sources", 1, "accessedOn"], message: future },
      { path: ["regulatorActions", 1, "date"], message: future },
    ]);
    expect(issuesOf(incidentInput, incident({ sources: [source({ accessedOn: "2026-12-02" })] }))).toEqual([
      { path: ["sources", 0, "accessedOn"], message: future },
    ]);
  });

  it("are not looked for where no date is given", () => {
    expect(
      issuesOf(incidentInput, incident({ sources: [source({ publishedOn: null, accessedOn: undefined })] })),
    ).toEqual([]);
    expect(issuesOf(incidentInput, incident({ regulatorActions: [{ ...action, date: null }] }))).toEqual([]);
  });
});

describe("the sample data's incidents", () => {
  it("say when each source was last read", () => {
    const sources = [source(), source({ accessedOn: null }), source({ accessedOn: undefined })];
    expect(issuesOf(sampleIncidentInput, incident({ sources }))).toEqual([
      { path: ["sources", 1, "accessedOn"], message: "Give the date the source was last read." },
      { path: ["sources", 2, "accessedOn"], message: "Give the date the source was last read." },
    ]);
    expect(issuesOf(sampleIncidentInput, incident())).toEqual([]);
  });
});

describe("a new incident", () => {
  it("may come without an id, and follows the same rules", () => {
    const { id: _, ...withoutId } = incident();
    expect(issuesOf(newIncidentInput, withoutId)).toEqual([]);
    expect(issuesOf(newIncidentInput, { ...withoutId, attackTypes: ["ddos", "ddos"] })).toEqual([
      { path: ["attackTypes"], message: "Each attack type once." },
    ]);
  });
});
