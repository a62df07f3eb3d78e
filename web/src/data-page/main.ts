/**
 * The data page (`/data/`): how to cite, what the data covers, the downloads and the data
 * dictionary, in French or English (`?lang=`, else the browser's language).
 */
import "../styles/base.css";
import "./data-page.css";
import type { MetaResponse } from "../../../worker/api/responses";
import { coverageStatement } from "../../../worker/domain/coverage";
import { incidentFields, sourceFields } from "../../../worker/domain/export/export-fields";
import { h } from "../dom/h";
import { type DataLanguage, dataTexts } from "./data-texts";
import { fieldTable } from "./field-table";

const exportFiles = [
  "export.csv",
  "export.sources.csv",
  "export.json",
  "export.ndjson",
  "export.geojson",
  "export.veris.json",
];

function pageLanguage(): DataLanguage {
  const asked = new URLSearchParams(window.location.search).get("lang");
  if (asked === "fr" || asked === "en") return asked;
  return navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en";
}

function citeBlock(lang: DataLanguage, meta: MetaResponse | null): HTMLElement {
  const text = dataTexts[lang];
  const version = meta
    ? text.version.replace("{version}", String(meta.version)).replace("{date}", meta.updatedAt.slice(0, 10))
    : "";
  return h(
    "section",
    { "aria-labelledby": "cite-heading" },
    h("h2", { id: "cite-heading" }, text.howToCite),
    h("p", {}, text.citeIntro),
    h(
      "blockquote",
      { class: "data-citation" },
      meta?.citation ?? "HealthBreach Map contributors, HealthBreach Map dataset.",
    ),
    h("p", {}, version),
  );
}

async function render(root: HTMLElement): Promise<void> {
  const lang = pageLanguage();
  const text = dataTexts[lang];
  document.documentElement.lang = lang;
  document.title = text.title;
  const meta = await fetch("/api/meta")
    .then((response) => (response.ok ? (response.json() as Promise<MetaResponse>) : null))
    .catch(() => null);
  root.append(
    h(
      "header",
      { class: "data-header" },
      h("h1", {}, text.title),
      h(
        "a",
        { href: `?lang=${lang === "fr" ? "en" : "fr"}`, hreflang: lang === "fr" ? "en" : "fr" },
        text.otherLanguage,
      ),
      " · ",
      h("a", { href: "/" }, text.backToMap),
    ),
    citeBlock(lang, meta),
    h(
      "section",
      { "aria-labelledby": "coverage-heading" },
      h("h2", { id: "coverage-heading" }, text.coverage),
      h("p", { id: "coverage" }, coverageStatement[lang]),
    ),
    h(
      "section",
      { "aria-labelledby": "downloads-heading" },
      h("h2", { id: "downloads-heading" }, text.downloads),
      h("p", {}, text.downloadsIntro),
      h(
        "ul",
        {},
        ...exportFiles.map((file) => h("li", {}, h("a", { href: `/api/${file}`, download: "" }, file))),
        h("li", {}, h("a", { href: "/api/datapackage.json" }, "datapackage.json"), ` (${text.schema})`),
        h(
          "li",
          {},
          h("a", { href: "/api/reference" }, text.apiReference),
          " (",
          h("a", { href: "/api/openapi.json" }, "openapi.json"),
          ")",
        ),
      ),
    ),
    fieldTable(text.incidentsFields, incidentFields, lang),
    fieldTable(text.sourcesFields, sourceFields, lang),
  );
}

const root = document.getElementById("data-page");
if (root) void render(root);
