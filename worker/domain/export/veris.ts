/**
 * One incident on VERIS 1.4 paths (https://verisframework.org), for the fields we hold, so that
 * it merges with the VERIS Community Database. VERIS capitalises action and attribute keys.
 */
import type { AttackType, DataCategory, OrganisationType } from "../enums";
import { textFor } from "../incident-text";
import type { ExportRecord } from "./export-record";

/** NAICS 2022 codes; health care is sector 62, and the types outside it keep their own code. */
const naicsByOrganisationType: Record<OrganisationType, string> = {
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

type VerisAction = "Malware" | "Hacking" | "Social" | "Misuse" | "Physical" | "Error" | "Unknown";

const actionByAttackType: Record<AttackType, [VerisAction, string]> = {
  ransomware: ["Malware", "Ransomware"],
  data_theft: ["Hacking", "Unknown"],
  data_exposure: ["Error", "Unknown"],
  ddos: ["Hacking", "DoS"],
  phishing: ["Social", "Phishing"],
  insider_misuse: ["Misuse", "Unknown"],
  misconfiguration: ["Error", "Misconfiguration"],
  // Lost and stolen are one type here; VERIS splits them (Error.Loss, Physical.Theft).
  lost_or_stolen: ["Physical", "Unknown"],
  other: ["Unknown", "Other"],
  unknown: ["Unknown", "Unknown"],
};

const verisDataVariety: Record<DataCategory, string> = {
  identity: "Personal",
  national_id: "Personal",
  contact: "Personal",
  clinical: "Medical",
  lab_results: "Medical",
  genetic: "Medical",
  sexual_health: "Medical",
  mental_health: "Medical",
  financial: "Bank",
  credentials: "Credentials",
};

function timeline(record: ExportRecord) {
  const [year, month, day] = record.date.split("-").map(Number);
  return {
    year,
    ...(record.datePrecision !== "year" ? { month } : {}),
    ...(record.datePrecision === "day" ? { day } : {}),
  };
}

function actions(types: readonly AttackType[]) {
  const result: Partial<Record<VerisAction, { variety: string[] }>> = {};
  for (const type of types) {
    const [action, variety] = actionByAttackType[type];
    const entry = result[action] ?? { variety: [] };
    if (!entry.variety.includes(variety)) entry.variety.push(variety);
    result[action] = entry;
  }
  return result;
}

export function toVeris(record: ExportRecord) {
  const varieties = [...new Set(record.dataCategories.map((category) => verisDataVariety[category]))];
  const state = record.subdivision?.split("-")[1];
  return {
    schema_version: "1.4.0",
    incident_id: record.id,
    source_id: "healthbreach-map",
    security_incident: record.verification === "confirmed" ? "Confirmed" : "Suspected",
    summary: veriSummary(record),
    reference: record.sources.map((source) => source.url).join("; "),
    victim: {
      victim_id: record.organisationName,
      industry: naicsByOrganisationType[record.organisationType],
      ...(record.country ? { country: [record.country] } : {}),
      ...(state ? { state } : {}),
    },
    timeline: { incident: timeline(record) },
    action: actions(record.attackTypes),
    attribute: {
      Confidentiality: {
        ...(record.individualsAffected !== null ? { data_total: record.individualsAffected } : {}),
        data: varieties.map((variety) => ({ variety })),
      },
    },
  };
}

/** VERIS has one summary: the English text, else the original French one, never an empty title. */
function veriSummary(record: ExportRecord): string {
  const { title, summary } = textFor(record, "en");
  return `${title}. ${summary}`;
}
