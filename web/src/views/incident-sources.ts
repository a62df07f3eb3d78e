/** An incident's sources: every published fact has one. Links open apart and send no referrer. */
import type { PublicIncident } from "../api/client";
import { h, safeHref } from "../dom/h";
import { formatDateWithPrecision } from "../i18n/format";
import { t } from "../i18n/i18n";
import { labelOf } from "../i18n/labels";

export function incidentSources(incident: PublicIncident): HTMLElement {
  const items = incident.sources.map((source) => {
    const href = safeHref(source.url);
    const details = [
      source.publisher,
      labelOf("sourceKind", source.kind),
      source.publishedOn
        ? t("sourceDate", { date: formatDateWithPrecision(source.publishedOn, "day", null) })
        : null,
    ]
      .filter(Boolean)
      .join(" · ");
    const link = href
      ? h(
          "a",
          { href, rel: "noopener noreferrer", target: "_blank" },
          source.title,
          h("span", { class: "visually-hidden" }, ` ${t("opensNewTab")}`),
        )
      : source.title;
    return h("li", {}, link, h("br"), h("span", { class: "source-details" }, details));
  });
  return h(
    "section",
    { class: "incident-section", id: "incident-sources" },
    h("h3", {}, t("sectionSources")),
    items.length ? h("ul", { class: "sources" }, ...items) : h("p", {}, t("noSources")),
  );
}
