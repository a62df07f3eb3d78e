/**
 * The report form, one step at a time. Each step is checked before the next (the server's own
 * incident schema and personal-data guard, run here); focus goes to the new step's heading, or
 * to the list of problems. Sending reuses the report's idempotency key until the server has it.
 */
import { type ApiProblem, isAbort } from "../../api/client";
import { postReport, type ReportAccepted } from "../../api/report-client";
import { h, replaceChildren } from "../../dom/h";
import { language } from "../../i18n/i18n";
import type { ReportDraft } from "../draft";
import { fieldKeyOf } from "../field-keys";
import { rt } from "../i18n/report-t";
import { forgetIdempotencyKey, idempotencyKey } from "../idempotency";
import { personalDataByField, toReportBody } from "../report-body";
import { type FieldProblem, type StepId, stepIds, stepOf, validateDraft, validateStep } from "../steps";
import { renderTurnstile, turnstileSiteKey } from "../turnstile";
import { errorSummary, type SummaryEntry } from "./error-summary";
import { setFieldMessages } from "./fields";
import { eventStep, impactStep, organisationStep, placeStep } from "./incident-steps";
import { contributorStep, sourcesStep } from "./report-steps";
import { reviewStep } from "./review-step";
import { sentPanel } from "./sent-panel";

export class ReportForm {
  readonly element = h("form", { class: "report-form", novalidate: true, "aria-labelledby": "step-heading" });
  #step: StepId = stepIds[0];
  #problems: FieldProblem[] = [];
  #notice: string | null = null;
  #sending = false;
  #token: string | null = null;
  #turnstileSlot = h("div", { class: "turnstile", "aria-label": rt("turnstile") });

  constructor(
    private readonly draft: ReportDraft,
    private readonly progress: HTMLElement,
  ) {
    this.element.addEventListener("submit", (event) => {
      event.preventDefault();
      if (this.#step === "review") void this.#send();
      else this.#next();
    });
    if (turnstileSiteKey)
      void renderTurnstile(this.#turnstileSlot, language(), (token) => (this.#token = token));
  }

  /** Draws the current step; `focus` is the id to focus, or the step heading. */
  render(focus: string | null = "step-heading"): void {
    const index = stepIds.indexOf(this.#step);
    const heading = h(
      "h2",
      { id: "step-heading", tabindex: -1 },
      h("span", { class: "step-count" }, rt("stepOf", { n: index + 1, total: stepIds.length })),
      " ",
      rt(`step_${this.#step}`),
    );
    const back = h("button", { type: "button", class: "button" }, rt("back"));
    back.addEventListener("click", () => this.goTo(stepIds[index - 1] ?? stepIds[0]));
    const submit = h(
      "button",
      { type: "submit", class: "button button-primary", disabled: this.#sending },
      this.#step === "review" ? rt(this.#sending ? "sending" : "send") : rt("next"),
    );
    const fields = this.#fields();
    const summary = this.#summaryEntries(fields);
    replaceChildren(
      this.element,
      heading,
      summary.length ? errorSummary(summary) : null,
      ...fields,
      h("div", { class: "form-nav" }, index > 0 ? back : null, submit),
    );
    this.#renderProgress();
    this.#showMessages();
    if (focus)
      document.getElementById(summary.length && focus === "step-heading" ? "error-summary" : focus)?.focus();
  }

  goTo(step: StepId): void {
    this.#step = step;
    this.#problems = [];
    this.#notice = null;
    this.render();
  }

  #fields(): HTMLElement[] {
    const changed = () => this.#showMessages();
    const draft = this.draft;
    switch (this.#step) {
      case "organisation":
        return organisationStep(draft, changed);
      case "place":
        return placeStep(draft, changed);
      case "event":
        return eventStep(draft, changed);
      case "impact":
        return impactStep(draft, changed);
      case "sources":
        return sourcesStep(draft, changed, (focusId) => this.render(focusId));
      case "contributor":
        return contributorStep(draft, changed);
      case "review":
        return reviewStep(draft, (step) => this.goTo(step), this.#turnstileSlot);
    }
  }

  #renderProgress(): void {
    replaceChildren(
      this.progress,
      ...stepIds.map((id) =>
        h(
          "li",
          { "aria-current": id === this.#step ? "step" : null, class: id === this.#step ? "current" : null },
          rt(`step_${id}`),
        ),
      ),
    );
  }

  /** The problems of the draft, personal data included, for one step or all. */
  #check(step: StepId | null): FieldProblem[] {
    const problems = step ? validateStep(step, this.draft) : validateDraft(this.draft);
    const known = new Set(problems.map((p) => p.key));
    for (const [key, kind] of personalDataByField(this.draft)) {
      if (!known.has(key) && (!step || stepOf(key) === step))
        problems.push({ key, code: "server", detail: rt(`piiWarning_${kind}`) });
    }
    return problems;
  }

  #next(): void {
    this.#problems = this.#check(this.#step);
    if (this.#problems.length === 0) {
      this.#step = stepIds[stepIds.indexOf(this.#step) + 1] ?? "review";
    }
    this.render();
  }

  async #send(): Promise<void> {
    this.#problems = this.#check(null);
    const first = this.#problems[0];
    if (first) {
      this.#step = stepOf(first.key);
      this.#problems = this.#problems.filter((p) => stepOf(p.key) === this.#step);
      return this.render();
    }
    this.#sending = true;
    this.#notice = null;
    this.render(null);
    let accepted: ReportAccepted | null = null;
    try {
      accepted = await postReport(toReportBody(this.draft, this.#token), idempotencyKey(sessionStorage));
      forgetIdempotencyKey(sessionStorage);
    } catch (error) {
      if (isAbort(error)) return;
      this.#refused(error as ApiProblem);
    } finally {
      this.#sending = false;
    }
    if (accepted) {
      const panel = sentPanel(accepted);
      this.element.replaceWith(panel);
      replaceChildren(this.progress);
      panel.querySelector<HTMLElement>("h2")?.focus();
    } else {
      this.render("error-summary");
    }
  }

  #refused(problem: ApiProblem): void {
    const fields = problem.problem?.errors ?? [];
    if (problem.status === 422 && fields.length > 0) {
      this.#problems = fields.map(({ pointer, detail }) => ({
        key: fieldKeyOf(pointer),
        code: "server" as const,
        detail,
      }));
      const step = stepOf(this.#problems[0]?.key ?? "");
      this.#step = step;
      this.#problems = this.#problems.filter((p) => stepOf(p.key) === step);
      this.#notice = rt("fieldsRefused");
    } else if (problem.status === 0) {
      this.#notice = rt("networkError");
    } else {
      this.#notice = rt("serverError", { detail: problem.readableMessage });
    }
  }

  /** The notice, then each problem named by its field's label, as a sighted reader sees it. */
  #summaryEntries(fields: HTMLElement[]): SummaryEntry[] {
    const entries: SummaryEntry[] = this.#notice ? [{ key: null, message: this.#notice }] : [];
    const labelOf = (key: string) => {
      for (const element of fields) {
        const field = element.dataset.key === key ? element : element.querySelector(`[data-key="${key}"]`);
        const label = field?.querySelector("legend, label")?.textContent;
        if (label) return `${label}: `;
      }
      return "";
    };
    return [
      ...entries,
      ...this.#problems.map((p) => ({ key: p.key, message: `${labelOf(p.key)}${this.#message(p)}` })),
    ];
  }

  #message(problem: FieldProblem): string {
    if (problem.code === "server") return problem.detail ?? rt("invalid");
    return rt(problem.code, { max: problem.max ?? "" });
  }

  /** Errors of the last check and live personal-data warnings, next to their fields. */
  #showMessages(): void {
    const warnings = personalDataByField(this.draft);
    for (const field of this.element.querySelectorAll<HTMLElement>("[data-key]")) {
      const key = field.dataset.key ?? "";
      const problem = this.#problems.find((p) => p.key === key);
      const kind = warnings.get(key);
      const warning = kind ? rt(`piiWarning_${kind}`) : null;
      const error = problem ? this.#message(problem) : null;
      setFieldMessages(field, error, warning && warning !== error ? warning : null);
    }
  }
}
