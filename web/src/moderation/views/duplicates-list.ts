/** A report's possible duplicates, each a radio to choose what to merge it into. */

import { h } from "../../dom/h";
import { formatPartialDate } from "../../i18n/format";
import { localizedTitle } from "../../i18n/incident-text";
import type { PossibleDuplicate } from "../api/types";
import type { ConsoleKey } from "../i18n/en";
import { m } from "../i18n/messages";

export function duplicatesList(duplicates: PossibleDuplicate[]): HTMLElement {
  if (duplicates.length === 0) return h("p", {}, m("noDuplicates"));
  return h(
    "ul",
    { class: "duplicates", id: "duplicates" },
    ...duplicates.map((d, i) => {
      const id = `duplicate-${i}`;
      const signals = d.signals.map((s) => m(`signal_${s}` as ConsoleKey)).join(", ");
      return h(
        "li",
        { "data-id": d.id },
        h("input", { type: "radio", name: "duplicate-of", id, value: d.id, checked: i === 0 }),
        h(
          "label",
          { for: id },
          h("span", { lang: localizedTitle(d).lang }, localizedTitle(d).text),
          h(
            "span",
            { class: "queue-meta" },
            ` · ${[d.organisationName, d.date ? formatPartialDate(d.date, "day") : null, d.country]
              .filter(Boolean)
              .join(" · ")} · ${signals}`,
          ),
        ),
        " ",
        h(
          "a",
          { href: `/?incident=${encodeURIComponent(d.id)}`, target: "_blank", rel: "noopener noreferrer" },
          d.id,
        ),
      );
    }),
  );
}
