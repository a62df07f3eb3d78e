/** The page's landmarks and panes, built once; the views fill them. */
import { h } from "../dom/h";
import { t } from "../i18n/i18n";

export type Shell = {
  skipLink: HTMLAnchorElement;
  filters: HTMLElement;
  mapPane: HTMLElement;
  listPane: HTMLElement;
  incidentPane: HTMLElement;
  footer: HTMLElement;
  fatal: HTMLElement;
  translate(): void;
};

export function buildShell(root: HTMLElement, header: HTMLElement): Shell {
  const skipLink = h("a", { class: "skip-link", href: "#list-heading" });
  const mapHeading = h("h2", { id: "map-heading", class: "visually-hidden" });
  const shell: Shell = {
    skipLink,
    filters: h("aside", { id: "filters", class: "filters", "aria-labelledby": "filters-heading" }),
    mapPane: h(
      "section",
      { id: "map-pane", class: "map-pane", "aria-labelledby": "map-heading" },
      mapHeading,
    ),
    listPane: h("section", { id: "list-pane", class: "list-pane", "aria-labelledby": "list-heading" }),
    incidentPane: h("section", {
      id: "incident-pane",
      class: "incident-pane",
      "aria-labelledby": "incident-title",
      hidden: true,
    }),
    footer: h("footer", { class: "app-footer" }),
    fatal: h("div", { class: "fatal", role: "alert" }),
    translate() {
      skipLink.textContent = t("skipToList");
      mapHeading.textContent = t("mapHeading");
    },
  };
  root.replaceChildren(
    skipLink,
    header,
    shell.fatal,
    h(
      "div",
      { class: "layout" },
      shell.filters,
      h("main", { id: "main", class: "main" }, shell.mapPane, shell.listPane, shell.incidentPane),
    ),
    shell.footer,
  );
  shell.translate();
  return shell;
}
