/** What a contributor sees once the report is in: thanks, and the private link to follow it. */
import type { ReportAccepted } from "../../api/report-client";
import { h } from "../../dom/h";
import { language } from "../../i18n/i18n";
import { rt } from "../i18n/report-t";

export function sentPanel(accepted: ReportAccepted): HTMLElement {
  const statusUrl = new URL(accepted.statusUrl, window.location.origin).href;
  return h(
    "section",
    { class: "sent", "aria-labelledby": "sent-heading" },
    h("h2", { id: "sent-heading", tabindex: -1 }, rt("sentHeading")),
    h("p", {}, rt("sentText")),
    h("p", {}, h("a", { href: statusUrl, id: "status-link" }, rt("statusLinkText"))),
    h("p", { class: "field-hint" }, rt("statusLinkHint")),
    h("p", { class: "status-url" }, statusUrl),
    h("p", {}, h("a", { href: `/report/?lang=${language()}` }, rt("reportAnother"))),
  );
}
