/**
 * Published incidents that may already be the one reported (`GET /api/duplicates`), each with
 * a way to suggest a correction to it instead.
 */

import { duplicateQueryOf } from "../../../../worker/domain/duplicates/query-of-incident";
import { fetchDuplicates } from "../../api/report-client";
import { h, replaceChildren } from "../../dom/h";
import { formatPartialDate } from "../../i18n/format";
import { language } from "../../i18n/i18n";
import { localizedTitle } from "../../i18n/incident-text";
import type { Incident } from "../draft";
import { rt } from "../i18n/report-t";

/** The `GET /api/duplicates` query of every signal the draft can give already. */
export function duplicatesParams(incident: Incident): URLSearchParams | null {
  const query = duplicateQueryOf(incident);
  const params = new URLSearchParams();
  for (const url of query.sourceUrls ?? []) params.append("url", url);
  if (query.organisationName) params.set("organisation", query.organisationName);
  if (query.date && query.latitude !== null && query.longitude !== null) {
    params.set("date", query.date);
    params.set("lat", query.latitude?.toFixed(5) ?? "");
    params.set("lon", query.longitude?.toFixed(5) ?? "");
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
  const query = duplicatesParams(incident);
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
              h(
                "a",
                {
                  href: `/?incident=${encodeURIComponent(item.id)}`,
                  target: "_blank",
                  lang: localizedTitle(item).lang,
                },
                localizedTitle(item).text,
              ),
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
