/**
 * One report: who sent it, what it proposes, beside its possible duplicates and the incident it
 * would change (field by field), and the decisions open to the moderator while it is pending.
 */

import { ApiProblem, isAbort } from "../../api/client";
import { h } from "../../dom/h";
import { formatPartialDate } from "../../i18n/format";
import { localizedTitle } from "../../i18n/incident-text";
import { labelOf } from "../../i18n/labels";
import { reports } from "../api/moderation-client";
import type { ReportDetail } from "../api/types";
import type { ConsoleKey } from "../i18n/en";
import { m } from "../i18n/messages";
import type { Tagged } from "../model/concurrency";
import { defaultSelection, diffRows, incidentFieldOrder } from "../model/diff-model";
import { routeHash } from "../model/route";
import type { ConsoleContext } from "./context";
import { diffTable, proposalList, type Selection } from "./diff-table";
import { duplicatesList } from "./duplicates-list";
import { outcomeSlots } from "./form-controls";
import { showProblem } from "./problem-notice";
import { reportActions } from "./report-actions";

export async function renderReport(main: HTMLElement, ctx: ConsoleContext, id: string): Promise<void> {
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("reportHeading", { id }));
  const back = h(
    "a",
    { href: routeHash({ name: "queue", status: "pending" }), class: "back" },
    `← ${m("backToQueue")}`,
  );
  const { alert } = outcomeSlots();
  main.replaceChildren(back, heading, alert, h("p", { role: "status" }, m("loading")));
  heading.focus();
  let read: Tagged<ReportDetail>;
  try {
    read = await reports.get(id, ctx.signal);
  } catch (error) {
    if (isAbort(error)) return;
    if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
    main.replaceChildren(back, heading, alert);
    return showProblem(alert, error, ctx.reload);
  }
  main.replaceChildren(back, heading, ...reportBody(read, ctx));
}

function reportBody(read: Tagged<ReportDetail>, ctx: ConsoleContext): HTMLElement[] {
  const { report, duplicates, target, diff } = read.body;
  const proposed = report.payload ?? report.incident ?? {};
  const submitted = report.submittedAt ?? report.createdAt;
  const meta = h(
    "dl",
    { class: "fields report-meta" },
    h("dt", {}, m("statusFilter")),
    h(
      "dd",
      { id: "report-status", "data-status": report.status },
      m(`status_${report.status}` as ConsoleKey),
    ),
    h("dt", {}, m("contributor")),
    h(
      "dd",
      {},
      [
        m(`kind_${report.kind}` as ConsoleKey),
        report.contributorRole ? labelOf("contributorRole", report.contributorRole) : null,
        submitted ? m("submitted", { date: formatPartialDate(submitted.slice(0, 10), "day") }) : null,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    h("dt", {}, m("creditName")),
    h("dd", {}, report.creditName || m("none")),
  );
  const decided =
    report.status === "pending"
      ? null
      : h(
          "p",
          { class: "decided" },
          m("decided", { status: m(`status_${report.status}` as ConsoleKey) }),
          report.decisionReason ? ` ${m("decisionReason", { reason: report.decisionReason })}` : "",
          report.resultingIncidentId ? " " : "",
          report.resultingIncidentId
            ? h(
                "a",
                { href: routeHash({ name: "incident", id: report.resultingIncidentId }) },
                m("openIncident", { id: report.resultingIncidentId }),
              )
            : null,
        );

  const rows = diffRows(diff);
  const selection: Selection = { current: defaultSelection(rows) };
  const pending = report.status === "pending";
  const proposal = h(
    "section",
    { class: "panel", "aria-labelledby": "proposal-heading" },
    h(
      "h3",
      { id: "proposal-heading" },
      target ? m("targetHeading", { title: localizedTitle(target).text }) : m("proposal"),
    ),
    target
      ? h(
          "p",
          {},
          h(
            "a",
            { href: routeHash({ name: "incident", id: target.id }) },
            m("openIncident", { id: target.id }),
          ),
        )
      : null,
    target && rows.length
      ? diffTable(rows, selection, pending && report.kind === "correction")
      : proposalList(proposed, incidentFieldOrder),
  );
  const duplicatesPanel = h(
    "section",
    { class: "panel", "aria-labelledby": "duplicates-heading" },
    h("h3", { id: "duplicates-heading" }, m("duplicatesHeading")),
    duplicatesList(duplicates),
  );
  return [
    meta,
    ...(decided ? [decided] : []),
    h("div", { class: "side-by-side" }, proposal, duplicatesPanel),
    ...(pending ? [reportActions(read, rows, selection, ctx)] : []),
  ];
}
