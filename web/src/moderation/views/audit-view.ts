/**
 * The audit log, for admins: who did what, when, to which record, and the record before and
 * after. Before/after are shown as JSON text, never interpreted as markup.
 */
import { ApiProblem, isAbort } from "../../api/client";
import { h } from "../../dom/h";
import { admin } from "../api/moderation-client";
import type { AuditEntry } from "../api/types";
import { m } from "../i18n/messages";
import type { ConsoleContext } from "./context";
import { outcomeSlots, whileBusy } from "./form-controls";
import { showProblem } from "./problem-notice";

export async function renderAudit(main: HTMLElement, ctx: ConsoleContext): Promise<void> {
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("auditHeading"));
  const { alert } = outcomeSlots();
  const body = h("tbody", {});
  const table = h(
    "table",
    { class: "audit", id: "audit" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...(
          [
            "auditWhen",
            "auditWho",
            "auditWhat",
            "auditTarget",
            "auditReason",
            "auditBefore",
            "auditAfter",
          ] as const
        ).map((key) => h("th", { scope: "col" }, m(key))),
      ),
    ),
    body,
  );
  const more = h("button", { type: "button", class: "button", hidden: true }, m("loadMore"));
  const empty = h("p", { hidden: true }, m("auditEmpty"));
  main.replaceChildren(heading, alert, empty, h("div", { class: "table-scroll" }, table), more);
  heading.focus();
  const load = async (cursor: string | null) => {
    try {
      const { body: page } = await admin.audit(cursor, ctx.signal);
      body.append(...page.items.map(auditRow));
      empty.hidden = body.childElementCount > 0;
      more.hidden = !page.nextCursor;
      more.onclick = () => void whileBusy(more, () => load(page.nextCursor ?? null));
    } catch (error) {
      if (isAbort(error)) return;
      if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
      showProblem(alert, error, ctx.reload);
    }
  };
  await load(null);
}

function auditRow(entry: AuditEntry): HTMLTableRowElement {
  const actor =
    typeof entry.actor === "string"
      ? entry.actor
      : (entry.actor?.email ?? entry.actorEmail ?? entry.actor?.id ?? "");
  const when = entry.at ?? entry.createdAt ?? "";
  const target = [entry.targetType, entry.targetId].filter(Boolean).join(" ");
  return h(
    "tr",
    {},
    h("td", {}, h("time", { datetime: when }, when.replace("T", " ").slice(0, 19))),
    h("td", {}, actor),
    h("td", {}, entry.action ?? ""),
    h("td", {}, target),
    h("td", {}, entry.reason ?? ""),
    h("td", {}, jsonBlock(entry.before)),
    h("td", {}, jsonBlock(entry.after)),
  );
}

function jsonBlock(value: unknown): HTMLElement | string {
  if (value === null || value === undefined) return m("none");
  const parsed = typeof value === "string" ? tryParse(value) : value;
  return h("pre", { class: "json" }, JSON.stringify(parsed, null, 1));
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
