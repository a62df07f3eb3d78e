/**
 * The queue of reports, filtered by status. Pending reports can be ticked and marked as spam
 * together; each is sent with the version the list gave, so a report someone else has just
 * decided is refused (412) rather than overwritten.
 */
import { ApiProblem, isAbort } from "../../api/client";
import { h } from "../../dom/h";
import { formatPartialDate } from "../../i18n/format";
import { reports } from "../api/moderation-client";
import { type ReportStatus, type ReportSummary, reportStatuses } from "../api/types";
import type { ConsoleKey } from "../i18n/en";
import { m } from "../i18n/messages";
import { etagOfListed } from "../model/concurrency";
import { routeHash } from "../model/route";
import type { ConsoleContext } from "./context";
import { outcomeSlots, whileBusy } from "./form-controls";
import { showDone, showProblem } from "./problem-notice";

export async function renderQueue(
  main: HTMLElement,
  ctx: ConsoleContext,
  status: ReportStatus,
): Promise<void> {
  const statusName = m(`status_${status}` as ConsoleKey);
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("queueHeading", { status: statusName }));
  const filter = h(
    "nav",
    { class: "status-filter", "aria-label": m("statusFilter") },
    h(
      "ul",
      {},
      ...reportStatuses.map((s) =>
        h(
          "li",
          {},
          h(
            "a",
            { href: routeHash({ name: "queue", status: s }), "aria-current": s === status ? "page" : null },
            m(`status_${s}` as ConsoleKey),
          ),
        ),
      ),
    ),
  );
  const { alert, status: done } = outcomeSlots();
  const count = h("p", { class: "queue-count", "aria-live": "polite" }, m("loading"));
  const list = h("ul", { class: "queue", id: "queue" });
  const more = h("button", { type: "button", class: "button", hidden: true }, m("loadMore"));
  const bulk = status === "pending" ? bulkSpamControls(list, alert, done, ctx) : null;
  main.replaceChildren(heading, filter, done, alert, count, ...(bulk ? [bulk] : []), list, more);
  heading.focus();

  const shown: ReportSummary[] = [];
  const load = async (cursor: string | null) => {
    try {
      const { body } = await reports.list(status, cursor, ctx.signal);
      shown.push(...body.items);
      list.append(...body.items.map((item) => queueItem(item, status === "pending")));
      count.textContent = shown.length ? m("queueCount", { n: shown.length }) : m("queueEmpty");
      more.hidden = !body.nextCursor;
      more.onclick = () => void whileBusy(more, () => load(body.nextCursor));
    } catch (error) {
      if (isAbort(error)) return;
      count.textContent = "";
      if (error instanceof Error && "status" in error && error.status === 401) return ctx.signedOut();
      showProblem(alert, error, ctx.reload);
    }
  };
  await load(null);
}

function queueItem(item: ReportSummary, selectable: boolean): HTMLLIElement {
  const title = item.title || item.organisationName || m("untitled");
  const submitted = item.submittedAt ?? item.createdAt;
  const checkbox = selectable
    ? h("input", {
        type: "checkbox",
        class: "select-report",
        "data-id": item.id,
        "data-etag": etagOfListed(item),
        "aria-label": m("selectReport", { title }),
      })
    : null;
  return h(
    "li",
    { class: "queue-item", "data-id": item.id },
    checkbox,
    h(
      "div",
      {},
      h("a", { href: routeHash({ name: "report", id: item.id }), class: "queue-title" }, title),
      h(
        "p",
        { class: "queue-meta" },
        [
          m(`kind_${item.kind}` as ConsoleKey),
          item.incidentId ?? null,
          submitted ? m("submitted", { date: formatPartialDate(submitted.slice(0, 10), "day") }) : null,
        ]
          .filter(Boolean)
          .join(" · "),
      ),
    ),
  );
}

function bulkSpamControls(
  list: HTMLElement,
  alert: HTMLElement,
  done: HTMLElement,
  ctx: ConsoleContext,
): HTMLElement {
  const all = h("input", { type: "checkbox", id: "select-all" });
  all.addEventListener("change", () => {
    for (const box of list.querySelectorAll<HTMLInputElement>(".select-report")) box.checked = all.checked;
  });
  const button = h(
    "button",
    { type: "button", class: "button button-danger", id: "bulk-spam" },
    m("markSpam"),
  );
  button.addEventListener("click", () =>
    whileBusy(button, async () => {
      alert.replaceChildren();
      const ticked = [...list.querySelectorAll<HTMLInputElement>(".select-report:checked")];
      if (ticked.length === 0) return void alert.replaceChildren(h("p", {}, m("noneSelected")));
      const items = ticked.map((box) => ({ id: box.dataset.id ?? "", etag: box.dataset.etag ?? "" }));
      try {
        const { body } = await reports.spamMany(items);
        const marked = new Set(body.results.filter((r) => r.status === 200).map((r) => r.id));
        for (const box of ticked) if (marked.has(box.dataset.id ?? "")) box.closest("li")?.remove();
        all.checked = false;
        showDone(done, m("markSpamDone", { n: marked.size }));
        const refused = body.results.filter((r) => r.status !== 200);
        if (refused.length) {
          showProblem(alert, new ApiProblem(409, "Refused in bulk."), ctx.reload);
          alert.replaceChildren(
            h("p", {}, m("markSpamRefused", { n: refused.length })),
            ...[...alert.children].slice(1),
          );
        }
      } catch (error) {
        showProblem(alert, error, ctx.reload);
      }
    }),
  );
  return h(
    "div",
    { class: "bulk-actions" },
    h("p", { class: "field-inline" }, all, h("label", { for: "select-all" }, m("selectAll"))),
    button,
  );
}
