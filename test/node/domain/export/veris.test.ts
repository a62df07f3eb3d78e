import { describe, expect, it } from "vitest";
import type { AttackType, DataCategory, OrganisationType } from "../../../../worker/domain/enums";
import { toVeris } from "../../../../worker/domain/export/veris";
import { exportRecord } from "./export-record";

describe("an incident on VERIS 1.4 paths", () => {
  it("gives the whole record for a confirmed attack on a French hospital", () => {
    expect(toVeris(exportRecord({ individualsAffected: 1200, dataCategories: ["clinical"] }))).toEqual({
      schema_version: "1.4.0",
      incident_id: "fr-2021-ch-dax-abcdef",
      source_id: "healthbreach-map",
      security_incident: "Confirmed",
      summary: "Ransomware at CH de Dax. Systems encrypted.",
      reference: "https://a.example/dax",
      victim: { victim_id: "CH de Dax", industry: "622110", country: ["FR"], state: "NAQ" },
      timeline: { incident: { year: 2021, month: 2, day: 8 } },
      action: { Malware: { variety: ["Ransomware"] } },
      attribute: { Confidentiality: { data_total: 1200, data: [{ variety: "Medical" }] } },
    });
  });

  it("calls every status but confirmed suspected", () => {
    for (const verification of ["claimed_by_actor", "reported", "suspected"] as const)
      expect(toVeris(exportRecord({ verification })).security_incident, verification).toBe("Suspected");
  });

  it("joins the sources' addresses with semicolons", () => {
    const sources = ["https://a.example/1", "https://b.example/2"].map((url) => ({
      ...exportRecord().sources[0],
      url,
    })) as ReturnType<typeof exportRecord>["sources"];
    expect(toVeris(exportRecord({ sources })).reference).toBe("https://a.example/1; https://b.example/2");
  });

  it("gives the NAICS code of each kind of organisation", () => {
    const codes: Record<OrganisationType, string> = {
      public_hospital: "622110",
      private_clinic: "622110",
      medical_laboratory: "621511",
      pharmacy: "456110",
      care_home: "623110",
      imaging_center: "621512",
      medical_practice: "621111",
      health_insurer: "524114",
      public_health_agency: "923120",
      vendor: "541511",
      research: "541715",
      other: "62",
      healthcare_provider: "62",
    };
    for (const [organisationType, code] of Object.entries(codes))
      expect(
        toVeris(exportRecord({ organisationType: organisationType as OrganisationType })).victim.industry,
        organisationType,
      ).toBe(code);
  });

  it("leaves out the country and the state the record does not have", () => {
    expect(toVeris(exportRecord({ country: null, subdivision: null })).victim).toEqual({
      victim_id: "CH de Dax",
      industry: "622110",
    });
    expect(toVeris(exportRecord({ country: "LU", subdivision: "LU" })).victim).toEqual({
      victim_id: "CH de Dax",
      industry: "622110",
      country: ["LU"],
    });
  });

  it("dates the incident to the year, the month or the day, as precisely as it is known", () => {
    expect(toVeris(exportRecord({ date: "2023-07-01", datePrecision: "year" })).timeline).toEqual({
      incident: { year: 2023 },
    });
    expect(toVeris(exportRecord({ date: "2023-07-01", datePrecision: "month" })).timeline).toEqual({
      incident: { year: 2023, month: 7 },
    });
    expect(toVeris(exportRecord({ date: "2023-07-01", datePrecision: "day" })).timeline).toEqual({
      incident: { year: 2023, month: 7, day: 1 },
    });
  });

  it("puts each attack type under its VERIS action and variety", () => {
    const actionOf = (type: AttackType) => toVeris(exportRecord({ attackTypes: [type] })).action;
    expect(actionOf("ransomware")).toEqual({ Malware: { variety: ["Ransomware"] } });
    expect(actionOf("data_theft")).toEqual({ Hacking: { variety: ["Unknown"] } });
    expect(actionOf("data_exposure")).toEqual({ Error: { variety: ["Unknown"] } });
    expect(actionOf("ddos")).toEqual({ Hacking: { variety: ["DoS"] } });
    expect(actionOf("phishing")).toEqual({ Social: { variety: ["Phishing"] } });
    expect(actionOf("insider_misuse")).toEqual({ Misuse: { variety: ["Unknown"] } });
    expect(actionOf("misconfiguration")).toEqual({ Error: { variety: ["Misconfiguration"] } });
    expect(actionOf("lost_or_stolen")).toEqual({ Physical: { variety: ["Unknown"] } });
    expect(actionOf("other")).toEqual({ Unknown: { variety: ["Other"] } });
    expect(actionOf("unknown")).toEqual({ Unknown: { variety: ["Unknown"] } });
  });

  it("gathers the varieties of one action, each once", () => {
    const attackTypes: AttackType[] = [
      "data_theft",
      "ddos",
      "data_exposure",
      "misconfiguration",
      "data_theft",
    ];
    expect(toVeris(exportRecord({ attackTypes })).action).toEqual({
      Hacking: { variety: ["Unknown", "DoS"] },
      Error: { variety: ["Unknown", "Misconfiguration"] },
    });
  });

  it("names each kind of data once, and gives no total when the number affected is unknown", () => {
    const dataCategories: DataCategory[] = [
      "identity",
      "national_id",
      "contact",
      "clinical",
      "lab_results",
      "genetic",
      "sexual_health",
      "mental_health",
      "financial",
      "credentials",
    ];
    expect(toVeris(exportRecord({ dataCategories })).attribute).toEqual({
      Confidentiality: {
        data: [
          { variety: "Personal" },
          { variety: "Medical" },
          { variety: "Bank" },
          { variety: "Credentials" },
        ],
      },
    });
  });

  it("counts zero people affected as a total", () => {
    expect(toVeris(exportRecord({ individualsAffected: 0 })).attribute.Confidentiality).toEqual({
      data_total: 0,
      data: [],
    });
  });

  it("summarises an incident written only in French with its French text", () => {
    const french = exportRecord({
      title: null,
      summary: null,
      titleFr: "Attaque à Dax",
      summaryFr: "Systèmes chiffrés.",
      originalLanguage: "fr",
    });
    expect(toVeris(french).summary).toBe("Attaque à Dax. Systèmes chiffrés.");
  });
});
