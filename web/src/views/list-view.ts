/**
 * The list: the same incidents as the map, without the map. It is the keyboard and screen
 * reader path, so every incident is a real link, counts are announced, and "more" moves focus
 * to the first incident it added. It lists the filters' incidents everywhere, not only those in
 * the map's view: a reader who cannot see the map should not depend on where it is.
 */
import { type ApiProblem, fetchIncidents, type IncidentSummary, isAbort } from "../api/client";
import { afterFirstView } from "../api/early";
import { h, replaceChildren } from "../dom/h";
import { t, tn } from "../i18n/i18n";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import { incidentListItem } from "./incident-summary";

export const PAGE_SIZE = 50;

export class ListView {
  readonly #heading = h("h2", { id: "list-heading", tabindex: -1 });
  readonly #count = h("p", { id: "match-count", class: "match-count", "aria-live": "polite" });
  readonly #error = h("div", { class: "list-error", role: "alert" });
  readonly #list = h("ol", { id: "incident-list", class: "incident-list" });
  readonly #more = h("button", { type: "button", id: "more", class: "button", hidden: true });
  readonly chartsSlot = h("div", { class: "charts-slot" });
  #items: IncidentSummary[] = [];
  #total: number | null = null;
  #cursor: string | null = null;
  #request: AbortController | null = null;

  constructor(
    private readonly store: Store,
    pane: HTMLElement,
  ) {
    pane.append(this.#heading, this.#count, this.chartsSlot, this.#error, this.#list, this.#more);
    this.#more.addEventListener("click", () => void this.#load(false));
  }

  update(state: AppState, previous: AppState | null): void {
    if (!previous || state.filters !== previous.filters) void this.#load(true);
    else if (state.lang !== previous.lang) this.#render(0);
  }

  /** The number of incidents matching the filters, known from the statistics. */
  setTotal(total: number | null): void {
    this.#total = total;
    this.#renderCount();
  }

  async #load(fresh: boolean): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#list.setAttribute("aria-busy", "true");
    try {
      await afterFirstView;
      const page = await fetchIncidents(
        this.store.state.filters,
        { limit: PAGE_SIZE, cursor: fresh ? null : this.#cursor },
        request.signal,
      );
      const firstNew = fresh ? 0 : this.#items.length;
      this.#items = fresh ? page.items : [...this.#items, ...page.items];
      this.#cursor = page.nextCursor;
      replaceChildren(this.#error);
      this.#render(firstNew);
      if (!fresh) this.#list.querySelectorAll<HTMLAnchorElement>("a[data-incident]")[firstNew]?.focus();
    } catch (error) {
      if (isAbort(error)) return;
      const problem = error as ApiProblem;
      this.#error.textContent =
        problem.status === 0 ? t("apiUnreachable") : t("requestFailed", { detail: problem.readableMessage });
    } finally {
      if (this.#request === request) this.#list.removeAttribute("aria-busy");
    }
  }

  #render(from: number): void {
    this.#heading.textContent = t("listHeading");
    this.#more.textContent = t("more");
    this.#more.hidden = this.#cursor === null;
    const items = this.#items.map((item) => incidentListItem(item, this.store.href({ incident: item.id })));
    if (from === 0) replaceChildren(this.#list, ...items);
    else this.#list.append(...items.slice(from));
    this.#renderCount();
  }

  #renderCount(): void {
    const total = this.#total;
    const shown = tn("shownCount", this.#items.length);
    this.#count.textContent =
      total === null ? shown : `${tn("matchCount", total)}. ${total > 0 ? shown : t("noIncidents")}`;
  }
}
