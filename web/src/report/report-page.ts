/** The report form page (`/report/`, or `/report/?correct=<id>` to correct an incident). */
import { type ApiProblem, fetchIncident, fetchMeta } from "../api/client";
import { h, replaceChildren } from "../dom/h";
import { language } from "../i18n/i18n";
import { setMeta } from "../i18n/labels";
import { draftFromIncident, emptyDraft, type ReportDraft } from "./draft";
import { rt } from "./i18n/report-t";
import { banner, startLanguage } from "./page-frame";
import { ReportForm } from "./view/report-form";

export async function startReportPage(root: HTMLElement): Promise<void> {
  startLanguage();
  const correct = new URLSearchParams(window.location.search).get("correct");
  const title = () => rt(correct ? "correctionTitle" : "pageTitle");
  const intro = h("p", { class: "report-intro" });
  const progress = h("ol", { class: "steps" });
  const main = h(
    "main",
    { id: "main", class: "report-main" },
    intro,
    h("nav", { "aria-label": rt("stepsLabel") }, progress),
  );
  let form: ReportForm | null = null;
  let draft: ReportDraft | null = null;
  const drawIntro = () => {
    intro.textContent = draft?.correctionOf ? rt("correctionOf", { title: draft.text.title }) : rt("intro");
    main.querySelector("nav")?.setAttribute("aria-label", rt("stepsLabel"));
  };
  root.replaceChildren(
    banner(title, () => {
      drawIntro();
      form?.render();
    }),
    main,
  );

  const status = h("p", { role: "status" }, correct ? rt("loadingIncident") : "");
  main.append(status);
  try {
    const [meta, incident] = await Promise.all([
      fetchMeta(),
      correct ? fetchIncident(correct) : Promise.resolve(null),
    ]);
    setMeta(meta);
    draft = incident ? draftFromIncident(incident, language()) : emptyDraft(language());
  } catch (error) {
    replaceChildren(status, rt("incidentNotFound", { detail: (error as ApiProblem).readableMessage ?? "" }));
    return;
  }
  status.remove();
  drawIntro();
  form = new ReportForm(draft, progress);
  main.append(form.element);
  form.render(null);
  document.documentElement.dataset.ready = language();
}
