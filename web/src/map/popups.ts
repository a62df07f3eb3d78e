/**
 * Popup contents, built from DOM nodes (never from HTML strings): a single incident, or the
 * incidents sharing one position. Points carry no titles, so popups fetch them when opened.
 */
import { fetchIncident, fetchIncidents } from "../api/client";
import { h, replaceChildren } from "../dom/h";
import { swatch } from "../dom/swatch";
import { formatDateWithPrecision, formatPartialDate } from "../i18n/format";
import { t, tn } from "../i18n/i18n";
import { localizedTitle } from "../i18n/incident-text";
import { labelOf } from "../i18n/labels";
import type { Filters } from "../state/filters";
import { colourOf } from "./colours";
import type { MapPoint, PopupContent } from "./point-marker";

export type PopupLinks = { incidentHref: (id: string) => string; filters: () => Filters };

export function createPopupContent(links: PopupLinks): PopupContent {
  return {
    incident(id) {
      const link = h("a", { href: links.incidentHref(id), "data-incident": id }, t("openIncident"));
      const details = h("p", { class: "popup-details" });
      const box = h("div", { class: "popup" }, h("p", { class: "popup-title" }, link), details);
      fetchIncident(id)
        .then((incident) => {
          const title = localizedTitle(incident);
          link.textContent = title.text;
          link.lang = title.lang;
          replaceChildren(
            details,
            swatch(colourOf(incident.primaryType)),
            `${labelOf("attackType", incident.primaryType)} · ${incident.organisationName} · `,
            formatDateWithPrecision(
              incident.date,
              incident.datePrecision,
              labelOf("datePrecision", incident.datePrecision),
            ),
          );
        })
        .catch(() => undefined); // The link still leads to the incident.
      return box;
    },
    colocated(points) {
      const items = points.slice(0, 50).map(([id, , , type, date]) => {
        const link = h("a", { href: links.incidentHref(id), "data-incident": id }, id);
        const when = h("span", {}, formatPartialDate(date, "day"));
        const item = h("li", {}, swatch(colourOf(type)), link, ` · ${labelOf("attackType", type)}, `, when);
        return { id, link, when, item };
      });
      enhanceWithTitles(points, items, links.filters());
      return h(
        "div",
        { class: "popup" },
        h("p", { class: "popup-title" }, tn("colocated", points.length)),
        h("ul", { class: "popup-list" }, ...items.map((i) => i.item)),
      );
    },
  };
}

type ColocatedItem = { id: string; link: HTMLAnchorElement; when: HTMLSpanElement };

function enhanceWithTitles(points: MapPoint[], items: ColocatedItem[], filters: Filters): void {
  const [, lat, lon] = points[0] ?? [];
  if (lat === undefined || lon === undefined) return;
  const e = 1e-4;
  const bbox = { west: lon - e, south: lat - e, east: lon + e, north: lat + e };
  fetchIncidents(filters, { limit: 50, cursor: null, bbox })
    .then(({ items: summaries }) => {
      const byId = new Map(summaries.map((s) => [s.id, s]));
      for (const { id, link, when } of items) {
        const summary = byId.get(id);
        if (!summary) continue;
        const title = localizedTitle(summary);
        link.textContent = title.text;
        link.lang = title.lang;
        when.textContent = formatPartialDate(summary.date, summary.datePrecision);
      }
    })
    .catch(() => undefined); // The ids remain as link texts.
}
