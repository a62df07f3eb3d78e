/**
 * An incident's fields in plain language, grouped as a reader asks: who, when, what, impact.
 * A null is "unknown", never 0 or "no"; dates say how precisely they are known.
 */
import type { EnumerationName, PublicIncident } from "../api/client";
import { h, safeHref } from "../dom/h";
import type { MessageKey } from "../i18n/en";
import { formatDateWithPrecision, formatMoney, formatNumber, formatYesNo } from "../i18n/format";
import { t, tn } from "../i18n/i18n";
import { labelOf } from "../i18n/labels";
import { placeText, placeTextWithRegions } from "./place-name";

type Row = [MessageKey, Node | string | null];

export function incidentSections(incident: PublicIncident): HTMLElement[] {
  const unknown = t("unknown");
  const list = (name: EnumerationName, keys: readonly string[]) =>
    keys.length ? keys.map((k) => labelOf(name, k)).join(", ") : unknown;
  const date = (value: string | null, precision: PublicIncident["datePrecision"] | null) =>
    formatDateWithPrecision(value, precision, precision ? labelOf("datePrecision", precision) : null);
  const place = h("span", {}, placeText(incident) || unknown);
  void placeTextWithRegions(incident).then((text) => {
    if (text) place.textContent = text;
  });
  const affected =
    incident.individualsAffected === null
      ? unknown
      : `${formatNumber(incident.individualsAffected)}${incident.affectedIsEstimate ? ` (${t("estimate")})` : ""}`;
  const disruption = incident.careDisruption
    ? [
        labelOf("careDisruption", incident.careDisruption),
        incident.disruptionDays === null ? null : tn("disruptionDays", incident.disruptionDays),
      ]
        .filter(Boolean)
        .join(", ")
    : unknown;
  const ransom = incident.ransomDemanded
    ? formatMoney(incident.ransomDemanded.amount, incident.ransomDemanded.currency)
    : unknown;
  const published =
    incident.dataPublishedOnline && incident.dataPublishedOn
      ? `${formatYesNo(true)}, ${date(incident.dataPublishedOn, "day")}`
      : formatYesNo(incident.dataPublishedOnline);

  return [
    section("sectionWho", [
      ["organisation", incident.organisationName],
      ["organisationType", labelOf("organisationType", incident.organisationType)],
      ["thirdParty", incident.thirdPartyName ?? unknown],
      ["location", place],
      ["locationPrecision", labelOf("locationPrecision", incident.locationPrecision)],
    ]),
    section("sectionWhen", [
      ["occurred", date(incident.occurredOn, incident.occurredPrecision)],
      ["discovered", date(incident.discoveredOn, incident.discoveredPrecision)],
      ["disclosed", date(incident.disclosedOn, incident.disclosedPrecision)],
    ]),
    section("sectionWhat", [
      ["attackTypesField", list("attackType", incident.attackTypes)],
      ["threatActor", incident.threatActor ?? unknown],
      ["assetsHit", list("assetKind", incident.assetsHit)],
      ["verificationField", labelOf("verification", incident.verification)],
    ]),
    section("sectionImpact", [
      ["individualsAffected", affected],
      ["dataCategories", list("dataCategory", incident.dataCategories)],
      ["dataPublishedOnline", published],
      ["careDisruption", disruption],
      ["ransomDemanded", ransom],
      ["ransomPaid", formatYesNo(incident.ransomPaid)],
      ["regulatorActions", regulatorActions(incident)],
    ]),
  ];
}

function section(title: MessageKey, rows: Row[]): HTMLElement {
  const items = rows.flatMap(([label, value]) => [h("dt", {}, t(label)), h("dd", {}, value ?? t("unknown"))]);
  return h(
    "section",
    { class: "incident-section" },
    h("h3", {}, t(title)),
    h("dl", { class: "fields" }, ...items),
  );
}

function regulatorActions(incident: PublicIncident): Node | string {
  if (incident.regulatorActions.length === 0) return t("unknown");
  return h(
    "ul",
    { class: "plain-list" },
    ...incident.regulatorActions.map((action) => {
      const href = safeHref(action.url);
      const text = [
        action.authority,
        action.reference,
        action.date ? formatDateWithPrecision(action.date, "day", null) : null,
      ]
        .filter(Boolean)
        .join(", ");
      const fine =
        action.fineAmount === null
          ? ""
          : ` (${t("fine", { amount: formatMoney(action.fineAmount, action.currency) })})`;
      return h(
        "li",
        {},
        href ? h("a", { href, rel: "noopener noreferrer", target: "_blank" }, text) : text,
        fine,
      );
    }),
  );
}
