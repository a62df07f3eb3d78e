/**
 * "Download this view" in each export format and "Subscribe to this view" as an Atom feed:
 * plain links carrying the current filters, so they cost the map page no extra code path.
 */
import { h, replaceChildren } from "../dom/h";
import { t } from "../i18n/i18n";
import type { AppState } from "../state/app-state";
import { filtersToParams } from "../state/filters";

const downloads = [
  ["CSV", "/api/export.csv", ""],
  ["CSV (;)", "/api/export.csv", "delimiter=semicolon"],
  ["JSON", "/api/export.json", ""],
  ["NDJSON", "/api/export.ndjson", ""],
  ["GeoJSON", "/api/export.geojson", ""],
  ["VERIS", "/api/export.veris.json", ""],
  ["sources CSV", "/api/export.sources.csv", ""],
] as const;

function withQuery(path: string, filters: string, extra: string): string {
  const query = [filters, extra].filter(Boolean).join("&");
  return query ? `${path}?${query}` : path;
}

export class ViewLinks {
  readonly element = h("p", { class: "view-links" });

  update(state: AppState, previous: AppState | null): void {
    if (previous && state.filters === previous.filters && state.lang === previous.lang) return;
    const filters = filtersToParams(state.filters).toString();
    const links = downloads.flatMap(([label, path, extra], i) => [
      i ? " · " : "",
      h("a", { href: withQuery(path, filters, extra), download: "" }, label),
    ]);
    replaceChildren(
      this.element,
      `${t("downloadView")} `,
      ...links,
      " — ",
      h(
        "a",
        { href: withQuery("/feeds/incidents.atom", filters, ""), type: "application/atom+xml" },
        t("subscribeView"),
      ),
    );
  }
}
