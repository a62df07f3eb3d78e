/**
 * The contributor's status page (`/report/status.html#<id>.<token>`): the outcome of the report,
 * the moderator's reason for a rejection, the published incident; never who decided.
 */
import type { ApiProblem } from "../api/client";
import { fetchReportStatus, type ReportStatus } from "../api/report-client";
import { h, replaceChildren } from "../dom/h";
import { formatPartialDate } from "../i18n/format";
import { language } from "../i18n/i18n";
import { rt } from "./i18n/report-t";
import { banner, startLanguage } from "./page-frame";
import { parseStatusFragment } from "./status-fragment";

export async function startStatusPage(root: HTMLElement): Promise<void> {
  startLanguage();
  const body = h("div", { "aria-live": "polite" }, h("p", {}, rt("statusLoading")));
  const main = h(
    "main",
    { id: "main", class: "report-main" },
    h("h2", { id: "status-heading", tabindex: -1 }, rt("statusTitle")),
    body,
  );
  let status: ReportStatus | null = null;
  const draw = () => {
    const heading = main.querySelector("h2");
    if (heading) heading.textContent = rt("statusTitle");
    if (status) replaceChildren(body, ...statusView(status));
  };
  root.replaceChildren(
    banner(() => rt("statusTitle"), draw),
    main,
  );

  const link = parseStatusFragment(window.location.hash);
  if (!link) {
    replaceChildren(body, h("p", {}, rt("statusBadLink")));
    return;
  }
  try {
    status = await fetchReportStatus(link.id, link.token);
    draw();
  } catch (error) {
    replaceChildren(
      body,
      h("p", {}, rt("statusFailed", { detail: (error as ApiProblem).readableMessage ?? "" })),
    );
  }
  document.documentElement.dataset.ready = language();
}

function statusView(status: ReportStatus): HTMLElement[] {
  const day = (iso: string) => formatPartialDate(iso.slice(0, 10), "day");
  return [
    h(
      "p",
      { class: `report-status status-${status.status}`, id: "report-status" },
      rt("statusIs", { status: rt(`status_${status.status}`) }),
    ),
    status.reason
      ? h("p", { id: "report-reason" }, rt("statusReason", { reason: status.reason }))
      : h("span"),
    h("p", {}, rt("statusSubmitted", { date: day(status.submittedAt) })),
    status.decidedAt ? h("p", {}, rt("statusDecided", { date: day(status.decidedAt) })) : h("span"),
    status.incidentId && status.status !== "rejected" && status.status !== "spam"
      ? h(
          "p",
          {},
          h(
            "a",
            { href: `/?incident=${encodeURIComponent(status.incidentId)}&lang=${language()}` },
            rt("statusIncident"),
          ),
        )
      : h("span"),
  ];
}
