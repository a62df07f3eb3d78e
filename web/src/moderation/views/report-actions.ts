/**
 * The decisions on a pending report. Each sends the ETag of the report as it was read; after
 * any outcome the moderator sees what happened, in a status or an alert region.
 */
import { ApiProblem } from "../../api/client";
import { h } from "../../dom/h";
import { reports } from "../api/moderation-client";
import type { ReportDetail } from "../api/types";
import { m } from "../i18n/messages";
import type { Tagged } from "../model/concurrency";
import { applyBody, type DiffRow } from "../model/diff-model";
import { routeHash } from "../model/route";
import type { ConsoleContext } from "./context";
import type { Selection } from "./diff-table";
import { labelledInput, labelledTextarea, outcomeSlots, whileBusy } from "./form-controls";
import { showDone, showProblem } from "./problem-notice";

export function reportActions(
  read: Tagged<ReportDetail>,
  rows: DiffRow[],
  selection: Selection,
  ctx: ConsoleContext,
): HTMLElement {
  const { report, duplicates, target } = read.body;
  const { alert, status } = outcomeSlots();
  const act = (button: HTMLButtonElement, action: () => Promise<string>, link?: () => string | null) =>
    button.addEventListener("click", () =>
      whileBusy(button, async () => {
        alert.replaceChildren();
        try {
          const text = await action();
          const id = link?.();
          showDone(
            status,
            text,
            ...(id ? [h("a", { href: routeHash({ name: "incident", id }) }, m("openIncident", { id }))] : []),
          );
          for (const control of section.querySelectorAll<HTMLButtonElement>("button")) control.hidden = true;
        } catch (error) {
          if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
          if (error instanceof Error && error.message === "refused") return;
          showProblem(alert, error, ctx.reload);
        }
      }),
    );
  const button = (id: string, text: string, extra = "") =>
    h("button", { type: "button", id, class: `button ${extra}`.trim() }, text);

  let resultId: string | null = null;
  const controls: HTMLElement[] = [];
  if (report.kind === "new") {
    const publish = button("action-publish", m("publish"), "button-primary");
    act(
      publish,
      async () => {
        const { body } = await reports.publish(report.id, read.etag);
        resultId = body.incidentId;
        return m("publishDone", { id: body.incidentId });
      },
      () => resultId,
    );
    controls.push(publish);
  } else {
    const apply = button("action-apply", m("apply"), "button-primary");
    act(
      apply,
      async () => {
        const body = applyBody(rows, selection.current);
        if (!body) return refuse(alert, m("applyNothing"));
        await reports.apply(report.id, read.etag, body.fields);
        resultId = target?.id ?? report.incidentId ?? null;
        return m("applyDone", { id: resultId ?? "" });
      },
      () => resultId,
    );
    controls.push(apply);
  }

  const mergeInput = labelledInput(m("mergeTarget"), {
    id: "merge-target",
    type: "text",
    value: duplicates[0]?.id ?? target?.id ?? "",
    maxlength: 80,
    autocomplete: "off",
  });
  const merge = button("action-merge", m("merge"));
  act(
    merge,
    async () => {
      const chosen =
        document.querySelector<HTMLInputElement>("input[name='duplicate-of']:checked")?.value ??
        mergeInput.input.value.trim();
      if (!chosen) return refuse(alert, m("reasonRequired"));
      await reports.merge(report.id, read.etag, chosen);
      resultId = chosen;
      return m("mergeDone", { id: chosen });
    },
    () => resultId,
  );

  const reason = labelledTextarea(m("rejectReason"), { id: "reject-reason", maxlength: 1000 });
  const reject = button("action-reject", m("reject"), "button-danger");
  act(reject, async () => {
    const text = reason.input.value.trim();
    if (!text) {
      reason.input.focus();
      return refuse(alert, m("reasonRequired"));
    }
    await reports.reject(report.id, read.etag, text);
    return m("rejectDone");
  });

  const spam = button("action-spam", m("spam"), "button-danger");
  act(spam, async () => {
    await reports.spam(report.id, read.etag);
    return m("spamDone");
  });

  const section = h(
    "section",
    { class: "panel actions", "aria-labelledby": "actions-heading" },
    h("h3", { id: "actions-heading" }, m("actionsHeading")),
    status,
    alert,
    h("div", { class: "action-row" }, ...controls),
    h("div", { class: "action-row" }, duplicates.length ? null : mergeInput.wrapper, merge),
    h("div", { class: "action-row" }, reason.wrapper, reject),
    h("div", { class: "action-row" }, spam),
  );
  return section;
}

/** Stops an action before it is sent, with the reason in the alert region. */
function refuse(alert: HTMLElement, text: string): never {
  alert.replaceChildren(h("p", {}, text));
  throw new Error("refused");
}
