/** One incident in the list: a heading that links to it, then what, who, where and when. */
import type { IncidentSummary } from "../api/client";
import { h } from "../dom/h";
import { swatch } from "../dom/swatch";
import { countryName, formatDateWithPrecision } from "../i18n/format";
import { t, tn } from "../i18n/i18n";
import { localizedTitle } from "../i18n/incident-text";
import { labelOf } from "../i18n/labels";
import { colourOf } from "../map/colours";

export function incidentListItem(incident: IncidentSummary, href: string): HTMLLIElement {
  const place = [incident.city, incident.country ? countryName(incident.country) : null]
    .filter(Boolean)
    .join(", ");
  const date = formatDateWithPrecision(
    incident.date,
    incident.datePrecision,
    labelOf("datePrecision", incident.datePrecision),
  );
  const affected =
    incident.individualsAffected === null
      ? null
      : `${tn("affected", incident.individualsAffected)}${incident.affectedIsEstimate ? ` (${t("estimate")})` : ""}`;
  const title = localizedTitle(incident);
  return h(
    "li",
    { class: "incident-item", "data-id": incident.id },
    h(
      "h3",
      { class: "incident-title" },
      h("a", { href, "data-incident": incident.id, lang: title.lang }, title.text),
      title.original ? h("span", { class: "original-text" }, ` (${t("originalText")})`) : null,
    ),
    h(
      "p",
      { class: "incident-meta" },
      swatch(colourOf(incident.primaryType)),
      [
        labelOf("attackType", incident.primaryType),
        labelOf("organisationType", incident.organisationType),
        place,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    h("p", { class: "incident-meta" }, [date, affected].filter(Boolean).join(" · ")),
  );
}
