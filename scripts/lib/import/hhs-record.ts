/**
 * One row of the HHS OCR breach portal as an incident of ours: the place is the state (a point
 * inside it, precision `subdivision`), the source is the portal, a regulator; the figure is kept
 * exactly; a provider of unstated kind stays `healthcare_provider`, never a guessed hospital.
 */
import type { AssetKind, AttackType, OrganisationType } from "../../../worker/domain/enums";
import type { NewIncidentInput } from "../../../worker/domain/incident-input";
import type { RegistryRef } from "../../../worker/domain/registry-ref";
import type { HhsRow } from "./hhs-columns";

export const HHS_PORTAL_URL = "https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf";

const organisationTypeOf: Record<string, OrganisationType> = {
  "Healthcare Provider": "healthcare_provider",
  "Health Plan": "health_insurer",
  "Business Associate": "vendor",
  "Healthcare Clearing House": "vendor",
  "": "other",
};

const attackTypeOf: Record<string, AttackType> = {
  "Hacking/IT Incident": "data_theft",
  "Unauthorized Access/Disclosure": "data_exposure",
  Theft: "lost_or_stolen",
  Loss: "lost_or_stolen",
  "Improper Disposal": "misconfiguration",
  Other: "other",
  Unknown: "unknown",
  "": "unknown",
};

const assetOf: Record<string, AssetKind> = {
  "Network Server": "network_server",
  Email: "email",
  "Electronic Medical Record": "ehr",
  "Paper/Films": "paper",
  Laptop: "other",
  "Desktop Computer": "other",
  "Other Portable Electronic Device": "other",
  Other: "other",
};

export type HhsRecord = {
  /** `hhs:<key>`: the stable key that makes a re-import idempotent. */
  ref: RegistryRef;
  state: string | null;
  input: Omit<NewIncidentInput, "latitude" | "longitude" | "locationPrecision" | "city">;
};

export type Mapped = { ok: true; record: HhsRecord } | { ok: false; reason: string };

const splitList = (value: string) =>
  value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/** MM/DD/YYYY → YYYY-MM-DD, or null when it is not a real day. */
export function usDate(value: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [, month, day, year] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * @param occurrence the row's rank among rows of the file with the same organisation, state and
 * date (the portal lists such reports separately): part of the stable key.
 */
export function mapHhsRow(row: HhsRow, occurrence = 1): Mapped {
  const name = row["Name of Covered Entity"].trim().replace(/\s+/g, " ");
  if (!name) return { ok: false, reason: "no organisation name" };
  const submitted = usDate(row["Breach Submission Date"]);
  if (!submitted)
    return {
      ok: false,
      reason: `submission date ${JSON.stringify(row["Breach Submission Date"])} is not MM/DD/YYYY`,
    };
  const state = row.State.trim() || null;
  const entityType = row["Covered Entity Type"].trim();
  const organisationType = organisationTypeOf[entityType];
  if (!organisationType)
    return { ok: false, reason: `unknown covered entity type ${JSON.stringify(entityType)}` };
  const breachTypes = splitList(row["Type of Breach"]);
  const attackTypes = [
    ...new Set((breachTypes.length ? breachTypes : [""]).map((type) => attackTypeOf[type])),
  ];
  if (attackTypes.includes(undefined))
    return { ok: false, reason: `unknown type of breach ${JSON.stringify(row["Type of Breach"])}` };
  const locations = splitList(row["Location of Breached Information"]);
  const assets = [...new Set(locations.map((location) => assetOf[location]))];
  if (assets.includes(undefined)) {
    return {
      ok: false,
      reason: `unknown location ${JSON.stringify(row["Location of Breached Information"])}`,
    };
  }
  const figure = row["Individuals Affected"].trim();
  if (figure && !/^\d+$/.test(figure))
    return { ok: false, reason: `individuals affected ${JSON.stringify(figure)} is not a whole number` };
  const businessAssociate = row["Business Associate Present"].trim() === "Yes";
  const description = row["Web Description"].trim();
  const what = breachTypes.length ? breachTypes.join(", ") : "breach of unstated type";
  const summary =
    description ||
    `Reported to the U.S. HHS Office for Civil Rights on ${submitted}: ${what}` +
      (locations.length ? `; breached information in: ${locations.join(", ")}` : "") +
      (businessAssociate ? "; a business associate was involved." : ".");
  const key = [state ?? "XX", submitted, slug(name), ...(occurrence > 1 ? [String(occurrence)] : [])].join(
    "-",
  );
  return {
    ok: true,
    record: {
      ref: { registry: "hhs", ref: key },
      state,
      input: {
        title: clip(`${name}: ${what} reported to HHS OCR`, 200),
        summary: clip(summary, 4000),
        verification: "confirmed",
        organisationName: clip(name, 200),
        organisationType,
        thirdPartyName: null,
        occurredOn: null,
        occurredPrecision: null,
        discoveredOn: null,
        discoveredPrecision: null,
        disclosedOn: submitted,
        disclosedPrecision: "day",
        attackTypes: attackTypes as AttackType[],
        threatActor: null,
        assetsHit: assets as AssetKind[],
        individualsAffected: figure ? Number(figure) : null,
        affectedIsEstimate: false,
        dataCategories: [],
        dataPublishedOnline: null,
        dataPublishedOn: null,
        careDisruption: null,
        disruptionDays: null,
        ransomDemanded: null,
        ransomPaid: null,
        regulatorActions: [],
        sources: [
          {
            url: HHS_PORTAL_URL,
            title: "U.S. HHS Office for Civil Rights breach portal",
            publisher: "U.S. Department of Health and Human Services, Office for Civil Rights",
            publishedOn: submitted,
            kind: "regulator",
          },
        ],
      },
    },
  };
}
