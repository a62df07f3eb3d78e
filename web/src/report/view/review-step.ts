/** The last step: what will be sent, possible duplicates, the bot check. */
import { textIn } from "../../../../worker/domain/incident-text";
import { h } from "../../dom/h";
import { formatPartialDate } from "../../i18n/format";
import { labelOf } from "../../i18n/labels";
import { type ReportDraft, referenceDate, toIncident } from "../draft";
import { rt } from "../i18n/report-t";
import { precisionOf } from "../place/place-choice";
import type { StepId } from "../steps";
import { duplicatesSection } from "./duplicates-view";
import { honeypot } from "./report-steps";

export function reviewStep(draft: ReportDraft, goTo: (step: StepId) => void): HTMLElement[] {
  const incident = toIncident(draft);
  const date = referenceDate(incident);
  const row = (label: string, value: string | null, step: StepId) => {
    const edit = h(
      "button",
      { type: "button", class: "button-small" },
      rt("edit"),
      h("span", { class: "visually-hidden" }, ` ${label}`),
    );
    edit.addEventListener("click", () => goTo(step));
    return [h("dt", {}, label), h("dd", {}, value || rt("notGiven"), " ", edit)];
  };
  return [
    h("h3", {}, rt("reviewHeading")),
    h(
      "dl",
      { class: "review" },
      ...row(rt("organisationName"), incident.organisationName, "organisation"),
      ...row(
        rt("organisationType"),
        draft.organisationType ? labelOf("organisationType", draft.organisationType) : null,
        "organisation",
      ),
      ...row(
        rt("place"),
        draft.place
          ? `${draft.place.label || rt("placeFromMap")} (${rt(`precision_${precisionOf(draft.place)}`)})`
          : null,
        "place",
      ),
      ...row(rt("title"), textIn(incident, draft.textLanguage)?.title ?? null, "event"),
      ...row(
        rt("attackTypes"),
        incident.attackTypes.map((type) => labelOf("attackType", type)).join(", "),
        "event",
      ),
      ...row(
        rt("dates"),
        date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatPartialDate(date, "day") : null,
        "event",
      ),
      ...row(rt("step_sources"), incident.sources.map((s) => s.url).join(" "), "sources"),
      ...row(
        rt("contributorRole"),
        draft.contributorRole ? labelOf("contributorRole", draft.contributorRole) : null,
        "contributor",
      ),
    ),
    draft.correctionOf ? h("div") : duplicatesSection(incident),
    honeypot(draft),
  ];
}
