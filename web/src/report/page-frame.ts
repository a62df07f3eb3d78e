/**
 * The frame shared by the report pages: the language from `?lang=` or the browser, a banner
 * with a way back to the map and a language switch that redraws the page in place.
 */
import { h, replaceChildren } from "../dom/h";
import { detectLanguage, language, setLanguage, t } from "../i18n/i18n";
import type { Language } from "../state/app-state";

export function startLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get("lang");
  const lang = asked === "fr" || asked === "en" ? asked : detectLanguage(navigator.languages);
  setLanguage(lang);
  document.documentElement.lang = lang;
  return lang;
}

/** The banner; `redraw` runs after a language change, with the new language set. */
export function banner(title: () => string, redraw: () => void): HTMLElement {
  const element = h("header", { class: "app-header report-header" });
  const draw = () => {
    document.title = `${title()} · ${t("appTitle")}`;
    const buttons = (["fr", "en"] as const).map((lang) => {
      const button = h(
        "button",
        { type: "button", id: `lang-${lang}`, lang, "aria-pressed": String(language() === lang) },
        lang.toUpperCase(),
        h("span", { class: "visually-hidden" }, ` – ${lang === "fr" ? "Français" : "English"}`),
      );
      button.addEventListener("click", () => {
        setLanguage(lang);
        document.documentElement.lang = lang;
        const url = new URL(window.location.href);
        url.searchParams.set("lang", lang);
        history.replaceState(null, "", url);
        draw();
        redraw();
      });
      return button;
    });
    replaceChildren(
      element,
      h(
        "div",
        { class: "brand" },
        h("p", { class: "app-title" }, h("a", { href: `/?lang=${language()}` }, t("appTitle"))),
        h("h1", { class: "tagline" }, title()),
      ),
      h(
        "div",
        { class: "header-controls" },
        h(
          "div",
          { role: "group", class: "segmented-buttons lang-switch", "aria-label": t("languageLabel") },
          ...buttons,
        ),
      ),
    );
  };
  draw();
  return element;
}
