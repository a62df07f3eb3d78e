/**
 * The list of what to mend, at the top of the step, with a link to each field. It takes focus
 * when shown, so a screen reader reads it at once; a link moves focus into its field.
 */
import { h } from "../../dom/h";
import { fieldId } from "../field-keys";
import { rt } from "../i18n/report-t";

export type SummaryEntry = { key: string | null; message: string };

export function errorSummary(entries: SummaryEntry[]): HTMLElement {
  const links = entries.map(({ key, message }) => {
    if (!key) return h("li", {}, message);
    const link = h("a", { href: `#${fieldId(key)}` }, message);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const target = document.getElementById(fieldId(key));
      target?.focus();
      target?.scrollIntoView({ block: "center" });
    });
    return h("li", {}, link);
  });
  return h(
    "div",
    { class: "error-summary", id: "error-summary", tabindex: -1, "aria-labelledby": "error-summary-title" },
    h(
      "h3",
      { id: "error-summary-title" },
      entries.length === 1 ? rt("errorSummary") : rt("errorSummary_other", { n: entries.length }),
    ),
    h("ul", {}, ...links),
  );
}
