/**
 * Published incidents that may already be the one reported (`GET /api/duplicates`), each with
 * a way to suggest a correction to it instead.
 */
import { fetchDuplicates } from "../../api/report-client";
import { h, replaceChildren } from "../../dom/h";
import { formatPartialDate } from "../../i18n/format";
import { language } from "../../i18n/i18n";
import { type Incident, referenceDate } from "../draft";
import { rt } from "../i18n/report-t";

/** The query that asks for every signal the draft can give. */
export function duplicatesQuery(incident: Incident): URLSearchParams | null {
  const params = new URLSearchParams();
  for (const source of incident.sources.slice(0, 10))
    if (/^https?:\/\//.test(source.url)) params.append("url", source.url);
  if (incident.organisationName) params.set("organisation", incident.organisationName.slice(0, 200));
  const date = referenceDate(incident);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isFinite(incident.latitude)) {
    params.set("date", date);
    params.set("lat", incident.latitude.toFixed(5));
    params.set("lon", incident.longitude.toFixed(5));
  }
  return params.size > 0 ? params : null;
}

export function duplicatesSection(incident: Incident): HTMLElement {
  const body = h("div", { "aria-live": "polite" }, h("p", {}, rt("duplicatesChecking")));
  const section = h(
    "section",
    { class: "duplicates", "aria-labelledby": "duplicates-heading" },
    h("h3", { id: "duplicates-heading" }, rt("duplicatesHeading")),
    body,
  );
  const query = duplicatesQuery(incident);
  if (!query) {
    replaceChildren(body, h("p", {}, rt("duplicatesNone")));
    return section;
  }
  fetchDuplicates(query)
    .then(({ items }) => {
      if (items.length === 0) return replaceChildren(body, h("p", {}, rt("duplicatesNone")));
      replaceChildren(
        body,
        h(
          "p",
          {},
          rt(items.length === 1 ? "duplicatesFound_one" : "duplicatesFound_other", { n: items.length }),
        ),
        h(
          "ul",
          { class: "duplicate-list" },
          ...items.map((item) =>
            h(
              "li",
              { class: "duplicate" },
              h("a", { href: `/?incident=${encodeURIComponent(item.id)}`, target: "_blank" }, item.title),
              h(
                "p",
                { class: "duplicate-detail" },
                `${item.organisationName} · ${formatPartialDate(item.date, "day")} · `,
                item.signals.map((signal) => rt(`signal_${signal}`)).join(", "),
              ),
              h(
                "a",
                {
                  class: "button-small same-incident",
                  href: `/report/?correct=${encodeURIComponent(item.id)}&lang=${language()}`,
                },
                rt("sameIncident"),
              ),
            ),
          ),
        ),
      );
    })
    .catch(() => replaceChildren(body, h("p", {}, rt("duplicatesNone"))));
  return section;
}
