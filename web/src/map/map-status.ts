/** What the map is doing, in words: loading, how many incidents it shows, or what went wrong. */
import type { ApiProblem } from "../api/client";
import { h, replaceChildren } from "../dom/h";
import { t, tn } from "../i18n/i18n";

export class MapStatus {
  readonly element = h("div", { class: "map-status" });
  readonly #count = h("p", { class: "map-count", role: "status" });
  readonly #regional = h("p", { class: "map-regional", hidden: true });
  // Shown and hidden by visibility (`is-idle`), never display: its line is always laid out, so that a request
  // does not resize the map, whose resize would move it and ask again (a loop while the API
  // cannot be reached, each failure drawing a new Retry button).
  readonly #loading = h("p", { class: "map-loading is-idle" }, t("loading"));
  readonly #error = h("div", { class: "map-error", role: "alert" });
  #pending = 0;

  constructor(
    private readonly busyTarget: HTMLElement,
    private readonly retry: () => void,
  ) {
    this.element.append(this.#loading, this.#count, this.#regional, this.#error);
  }

  loading(busy: boolean): void {
    this.#pending = Math.max(0, this.#pending + (busy ? 1 : -1));
    const on = this.#pending > 0;
    this.#loading.classList.toggle("is-idle", !on);
    this.#loading.textContent = t("loading");
    this.busyTarget.setAttribute("aria-busy", String(on));
  }

  /** Data arrived: any earlier error is over. `regional`: how many of `n` are not pinned. */
  count(n: number | null, regional = 0): void {
    replaceChildren(this.#error);
    this.#count.textContent = n === null ? "" : tn("mapCount", n);
    this.#regional.hidden = regional === 0;
    this.#regional.textContent = regional === 0 ? "" : tn("regionalCount", regional);
  }

  failed(problem: ApiProblem): void {
    const message =
      problem.status === 0 ? t("apiUnreachable") : t("requestFailed", { detail: problem.readableMessage });
    const button = h("button", { type: "button", class: "button-small" }, t("retry"));
    button.addEventListener("click", this.retry);
    replaceChildren(this.#error, h("p", {}, message), button);
  }
}
