/**
 * The incident panel (`?incident=<id>`): the whole record, its sources and its history. It
 * takes focus when it opens and gives it back to the link that opened it when it closes.
 */
import { type ApiProblem, fetchIncident, isAbort, type PublicIncident } from "../api/client";
import { h, replaceChildren } from "../dom/h";
import { swatch } from "../dom/swatch";
import { language, t } from "../i18n/i18n";
import { localizedSummary, localizedTitle } from "../i18n/incident-text";
import { labelOf } from "../i18n/labels";
import { colourOf } from "../map/colours";
import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import { incidentSections } from "./incident-fields";
import { incidentHistory } from "./incident-history";
import { incidentSources } from "./incident-sources";

export class IncidentView {
  #incident: PublicIncident | null = null;
  #request: AbortController | null = null;
  #opener: HTMLElement | null = null;

  constructor(
    private readonly store: Store,
    private readonly pane: HTMLElement,
    private readonly showOnMap: (lat: number, lon: number) => void,
  ) {
    pane.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.close();
    });
  }

  /** Remembers where focus was, to return there when the panel closes. */
  rememberOpener(element: HTMLElement): void {
    this.#opener = element;
  }

  close(): void {
    this.store.update({ incident: null });
  }

  update(state: AppState, previous: AppState | null): void {
    document.body.classList.toggle("has-incident", state.incident !== null);
    this.pane.hidden = state.incident === null;
    if (state.incident === null) {
      this.#request?.abort();
      this.#incident = null;
      if (previous?.incident) this.#restoreFocus();
      return;
    }
    if (state.incident !== previous?.incident) void this.#load(state.incident);
    else if (state.lang !== previous?.lang && this.#incident) this.#render(this.#incident, false);
  }

  async #load(id: string): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    replaceChildren(this.pane, this.#backButton(), h("p", { role: "status" }, t("incidentLoading")));
    try {
      this.#incident = await fetchIncident(id, request.signal);
      this.#render(this.#incident, true);
    } catch (error) {
      if (isAbort(error)) return;
      const problem = error as ApiProblem;
      const message =
        problem.status === 0 ? t("apiUnreachable") : t("requestFailed", { detail: problem.readableMessage });
      replaceChildren(
        this.pane,
        this.#backButton(),
        h("h2", { id: "incident-title", tabindex: -1 }, message),
      );
      this.pane.querySelector<HTMLElement>("#incident-title")?.focus();
    }
  }

  #render(incident: PublicIncident, focus: boolean): void {
    const localTitle = localizedTitle(incident);
    const localSummary = localizedSummary(incident);
    document.title = `${localTitle.text} · ${t("appTitle")}`;
    const title = h("h2", { id: "incident-title", tabindex: -1, lang: localTitle.lang }, localTitle.text);
    const showOnMap = h("button", { type: "button", class: "button-small" }, t("showOnMap"));
    showOnMap.addEventListener("click", () => this.showOnMap(incident.latitude, incident.longitude));
    const badges = incident.attackTypes.map((type) =>
      h("span", { class: "badge" }, swatch(colourOf(type)), labelOf("attackType", type)),
    );
    replaceChildren(
      this.pane,
      this.#backButton(),
      h(
        "article",
        { class: "incident" },
        title,
        h(
          "p",
          { class: "badges" },
          ...badges,
          h("span", { class: "badge" }, labelOf("verification", incident.verification)),
        ),
        incident.status === "retracted"
          ? h(
              "p",
              { class: "retracted" },
              t("retracted", { reason: incident.retractionReason ?? t("unknown") }),
            )
          : null,
        h("p", { class: "incident-summary-text", lang: localSummary.lang }, localSummary.text),
        localSummary.original ? h("p", { class: "original-text" }, t("originalText")) : null,
        h(
          "p",
          { class: "incident-actions" },
          showOnMap,
          " ",
          h(
            "a",
            {
              class: "button-small",
              id: "suggest-correction",
              href: `/report/?correct=${encodeURIComponent(incident.id)}&lang=${language()}`,
            },
            t("suggestCorrection"),
          ),
          " ",
          h(
            "a",
            { href: `/incidents/${encodeURIComponent(incident.id)}?lang=${language()}`, class: "permalink" },
            t("permalink"),
          ),
        ),
        ...incidentSections(incident),
        incidentSources(incident),
        incidentHistory(incident),
      ),
    );
    if (focus) title.focus();
  }

  #backButton(): HTMLButtonElement {
    const button = h(
      "button",
      { type: "button", class: "button-small back", id: "incident-close" },
      `← ${t("close")}`,
    );
    button.addEventListener("click", () => this.close());
    return button;
  }

  #restoreFocus(): void {
    document.title = t("appTitle");
    const target = this.#opener?.isConnected ? this.#opener : document.getElementById("list-heading");
    target?.focus();
    this.#opener = null;
  }
}
