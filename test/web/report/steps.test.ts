import { describe, expect, it } from "vitest";
import { emptyDraft, type ReportDraft, toIncident } from "../../../web/src/report/draft";
import { fieldId, fieldKeyOf } from "../../../web/src/report/field-keys";
import { parsePartialDate } from "../../../web/src/report/partial-date";
import { personalDataByField, toReportBody } from "../../../web/src/report/report-body";
import { stepOf, validateDraft, validateStep } from "../../../web/src/report/steps";

/** A draft that passes every step. */
function completeDraft(): ReportDraft {
  const draft = emptyDraft();
  draft.text.organisationName = "Centre hospitalier de Dax";
  draft.organisationType = "public_hospital";
  draft.place = {
    how: "m",
    latitude: 43.71,
    longitude: -1.054,
    label: "Dax (40088, 40)",
    city: "Dax",
    inseeCode: "40088",
  };
  draft.text.city = "Dax";
  draft.text.title = "Ransomware attack on the Dax hospital";
  draft.text.summary = "The hospital's systems were encrypted.";
  draft.attackTypes = ["ransomware"];
  draft.text.occurred = "2021-02";
  draft.sources = [
    { url: "https://press.example/dax", title: "Dax", publisher: "", publishedOn: "", kind: "press" },
  ];
  draft.contributorRole = "journalist";
  return draft;
}

const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

describe("the steps of the report form", () => {
  it("let a complete draft through every step", () => {
    expect(validateDraft(completeDraft())).toEqual([]);
  });

  it("stop the first step until the organisation is named and its kind chosen", () => {
    const draft = emptyDraft();
    expect(validateStep("organisation", draft)).toEqual([
      { key: "/incident/organisationName", code: "required" },
      { key: "/incident/organisationType", code: "required" },
    ]);
  });

  it("hold each step to the server's limits: 200 characters is in, 201 is out", () => {
    const draft = completeDraft();
    draft.text.organisationName = "x".repeat(200);
    expect(validateStep("organisation", draft)).toEqual([]);
    draft.text.organisationName = "x".repeat(201);
    expect(validateStep("organisation", draft)).toEqual([
      { key: "/incident/organisationName", code: "tooLong", max: 200 },
    ]);
  });

  it("ask for a place before going on, and a date, an attack type and a source", () => {
    const draft = completeDraft();
    draft.place = null;
    draft.text.occurred = "";
    draft.attackTypes = [];
    draft.sources[0] = {
      ...draft.sources[0],
      url: "ftp://press.example/x",
    } as ReportDraft["sources"][number];
    expect(validateStep("place", draft)).toEqual([{ key: "/incident/place", code: "required" }]);
    expect(validateStep("event", draft)).toEqual([
      { key: "/incident/attackTypes", code: "atLeastOne" },
      { key: "/incident/occurred", code: "oneDate" },
    ]);
    expect(validateStep("sources", draft)).toEqual([{ key: "/incident/sources/0/url", code: "invalidUrl" }]);
  });

  it("refuse a date that does not exist, named on its text field", () => {
    const draft = completeDraft();
    draft.text.occurred = "2021-02-31";
    expect(validateStep("event", draft)).toEqual([{ key: "/incident/occurred", code: "invalidDate" }]);
    draft.text.occurred = "février 2021";
    expect(keys(validateStep("event", draft))).toEqual(["/incident/occurred"]);
  });

  it("ask who the contributor is, and take an e-mail only in the contact field", () => {
    const draft = completeDraft();
    draft.contributorRole = "";
    draft.contactEmail = "not an address";
    expect(keys(validateStep("contributor", draft))).toEqual(["/contributorRole", "/contactEmail"]);
  });

  it("send a place's precision as it was chosen, and the first day of a month", () => {
    const incident = toIncident(completeDraft());
    expect(incident).toMatchObject({
      locationPrecision: "city",
      occurredOn: "2021-02-01",
      occurredPrecision: "month",
    });
  });
});

describe("partial dates", () => {
  it("take their precision from their shape", () => {
    expect(parsePartialDate("2021")).toEqual({ on: "2021-01-01", precision: "year" });
    expect(parsePartialDate(" 2021-02 ")).toEqual({ on: "2021-02-01", precision: "month" });
    expect(parsePartialDate("2021-02-17")).toEqual({ on: "2021-02-17", precision: "day" });
    expect(parsePartialDate("")).toBeNull();
    expect(parsePartialDate("17/02/2021")).toBe("invalid");
  });
});

describe("field keys", () => {
  it("send a server's pointer to the field that holds it", () => {
    expect(fieldKeyOf("/incident/occurredPrecision")).toBe("/incident/occurred");
    expect(fieldKeyOf("/incident/latitude")).toBe("/incident/place");
    expect(fieldKeyOf("/incident/sources/2/url")).toBe("/incident/sources/2/url");
    expect(stepOf("/incident/sources/2/url")).toBe("sources");
    expect(stepOf("/website")).toBe("review");
    expect(fieldId("/incident/sources/2/url")).toBe("f-incident-sources-2-url");
  });
});

describe("personal data in the draft", () => {
  it("is found by the server's module, next to the field that holds it", () => {
    const draft = completeDraft();
    draft.text.summary = "Appelez le 06 12 34 56 78";
    draft.text.title = "Write to patient@example.org";
    draft.contactEmail = "me@example.org";
    expect([...personalDataByField(draft)]).toEqual([
      ["/incident/title", "email"],
      ["/incident/summary", "phone"],
    ]);
  });

  it("is not looked for in the honeypot, which the body still carries", () => {
    const draft = completeDraft();
    draft.website = "call 06 12 34 56 78";
    expect(personalDataByField(draft).size).toBe(0);
    expect(toReportBody(draft, null)).toMatchObject({
      website: "call 06 12 34 56 78",
      contributorRole: "journalist",
    });
  });
});
