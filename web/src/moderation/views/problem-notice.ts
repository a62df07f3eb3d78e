/**
 * A failed request explained to the moderator, in an alert region: what happened and, when
 * the record on screen is out of date (412, 409, 404), a button to reload it.
 */
import { ApiProblem } from "../../api/client";
import { h } from "../../dom/h";
import type { ConsoleKey } from "../i18n/en";
import { m } from "../i18n/messages";
import { MissingEtagError, needsReload, problemKind } from "../model/concurrency";

export function problemText(error: unknown): string {
  if (error instanceof MissingEtagError) return m("problem_missing_etag");
  const problem = error instanceof ApiProblem ? error : new ApiProblem(500, String(error));
  const kind = problemKind(problem.status);
  return m(`problem_${kind}` as ConsoleKey, { detail: problem.readableMessage });
}

/** Puts the explanation in `slot` (an element with role="alert"), with a reload button if useful. */
export function showProblem(slot: HTMLElement, error: unknown, reload?: () => void): void {
  const stale =
    error instanceof MissingEtagError ||
    (error instanceof ApiProblem && needsReload(problemKind(error.status)));
  const button = stale && reload ? h("button", { type: "button", class: "button" }, m("reload")) : null;
  button?.addEventListener("click", reload as () => void);
  const status = error instanceof ApiProblem ? error.status : 0;
  slot.replaceChildren(
    h("p", { "data-status": status || null }, problemText(error)),
    ...(button ? [button] : []),
  );
}

export function showDone(slot: HTMLElement, text: string, ...extra: Node[]): void {
  slot.replaceChildren(h("p", {}, text), ...extra);
}
