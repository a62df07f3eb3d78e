/** The banner: title, the phone's filters and map/list toggles, and the language switch. */
import { h } from "../dom/h";
import { language, t } from "../i18n/i18n";
import type { AppState, Language, View } from "../state/app-state";
import type { Store } from "../state/store";

const languageNames: Record<Language, string> = { fr: "Français", en: "English" };

export class Header {
  readonly element = h("header", { class: "app-header" });
  readonly #title = h("h1", { class: "app-title" });
  readonly #tagline = h("p", { class: "tagline" });
  readonly #filtersToggle = h("button", {
    type: "button",
    id: "filters-toggle",
    class: "button-small",
    "aria-controls": "filters",
    "aria-expanded": "false",
  });
  readonly #views = h("div", { role: "group", class: "segmented-buttons view-switch" });
  readonly #languages = h("div", { role: "group", class: "segmented-buttons lang-switch" });
  readonly #viewButtons = new Map<View, HTMLButtonElement>();
  readonly #languageButtons = new Map<Language, HTMLButtonElement>();
  readonly #report = h("a", { class: "button-small report-link", id: "report-link", href: "/report/" });

  constructor(store: Store) {
    for (const view of ["map", "list"] as const) {
      const button = h("button", { type: "button", id: `view-${view}` });
      button.addEventListener("click", () => store.update({ view }));
      this.#viewButtons.set(view, button);
      this.#views.append(button);
    }
    for (const lang of ["fr", "en"] as const) {
      const button = h(
        "button",
        { type: "button", id: `lang-${lang}`, lang },
        lang.toUpperCase(),
        h("span", { class: "visually-hidden" }, ` – ${languageNames[lang]}`),
      );
      button.addEventListener("click", () => store.update({ lang }));
      this.#languageButtons.set(lang, button);
      this.#languages.append(button);
    }
    this.#filtersToggle.addEventListener("click", () => this.toggleFilters());
    this.element.append(
      h("div", { class: "brand" }, this.#title, this.#tagline),
      h("div", { class: "header-controls" }, this.#report, this.#filtersToggle, this.#views, this.#languages),
    );
  }

  toggleFilters(open = this.#filtersToggle.getAttribute("aria-expanded") !== "true"): void {
    this.#filtersToggle.setAttribute("aria-expanded", String(open));
    document.body.classList.toggle("filters-open", open);
    if (open) document.getElementById("filters-heading")?.focus();
  }

  update(state: AppState): void {
    this.#title.textContent = t("appTitle");
    this.#tagline.textContent = t("tagline");
    this.#filtersToggle.textContent = t("filtersToggle");
    this.#report.textContent = t("reportIncident");
    this.#report.href = `/report/?lang=${language()}`;
    this.#views.setAttribute("aria-label", t("viewsLabel"));
    this.#languages.setAttribute("aria-label", t("languageLabel"));
    for (const [view, button] of this.#viewButtons) {
      button.textContent = t(view === "map" ? "viewMap" : "viewList");
      button.setAttribute("aria-pressed", String(state.view === view));
    }
    for (const [lang, button] of this.#languageButtons)
      button.setAttribute("aria-pressed", String(language() === lang));
  }
}
