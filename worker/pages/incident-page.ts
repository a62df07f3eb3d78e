/**
 * The canonical address of an incident, `/incidents/:id`, as a page readable without
 * JavaScript and indexable: title, summary, key facts and sources in the HTML itself, with
 * `<title>`, a description and Open Graph tags. Every value goes through hono/html's escaping
 * template; the page carries no script at all, so the CSP stays `script-src` free.
 */
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { countryName } from "../domain/country-names";
import { enumerations } from "../domain/enums";
import { textFor } from "../domain/incident-text";
import type { PublicIncident } from "../domain/public-incident";
import type { PageLanguage } from "./incident-page-language";

const words = {
  fr: {
    organisation: "Organisation",
    type: "Type d'attaque",
    place: "Lieu",
    date: "Date",
    verification: "Vérification",
    affected: "Personnes touchées",
    unknown: "inconnu",
    estimate: "estimation",
    sources: "Sources",
    onMap: "Voir sur la carte",
    original: "Texte original en anglais, pas encore traduit.",
    retracted: "Retiré",
    other: "English",
    site: "HealthBreach Map",
  },
  en: {
    organisation: "Organisation",
    type: "Attack type",
    place: "Place",
    date: "Date",
    verification: "Verification",
    affected: "People affected",
    unknown: "unknown",
    estimate: "estimate",
    sources: "Sources",
    onMap: "See it on the map",
    original: "Original text in French, not yet translated.",
    retracted: "Retracted",
    other: "Français",
    site: "HealthBreach Map",
  },
} as const;

/** The whole HTML document of an incident in one language. */
export function renderIncidentPage(
  incident: PublicIncident,
  lang: PageLanguage,
  origin: string,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const w = words[lang];
  const { title, summary, lang: textLang } = textFor(incident, lang);
  const canonical = `${origin}/incidents/${encodeURIComponent(incident.id)}`;
  const label = (name: keyof typeof enumerations, key: string) =>
    (enumerations[name].labels as Record<string, { fr: string; en: string }>)[key]?.[lang] ?? key;
  const place = [incident.city, incident.country ? countryName(incident.country)[lang] : null]
    .filter(Boolean)
    .join(", ");
  const affected =
    incident.individualsAffected === null
      ? w.unknown
      : `${incident.individualsAffected.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB")}${incident.affectedIsEstimate ? ` (${w.estimate})` : ""}`;
  const description = summary.length > 200 ? `${summary.slice(0, 197)}…` : summary;
  const otherLang = lang === "fr" ? "en" : "fr";
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${w.site}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="fr" href="${canonical}?lang=fr">
<link rel="alternate" hreflang="en" href="${canonical}?lang=en">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${w.site}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${lang === "fr" ? "fr_FR" : "en_GB"}">
<link rel="stylesheet" href="/incident-page.css">
</head>
<body>
<main>
<p><a href="/?incident=${incident.id}&amp;lang=${lang}">${w.onMap}</a> · <a href="?lang=${otherLang}" hreflang="${otherLang}" lang="${otherLang}">${w.other}</a></p>
<article>
<h1 lang="${textLang}">${title}</h1>
${incident.status === "retracted" ? html`<p class="retracted"><strong>${w.retracted}</strong>: ${incident.retractionReason ?? ""}</p>` : ""}
<p lang="${textLang}">${summary}</p>
${textLang !== lang ? html`<p class="original"><em>${w.original}</em></p>` : ""}
<dl>
<dt>${w.organisation}</dt><dd>${incident.organisationName} (${label("organisationType", incident.organisationType)})</dd>
<dt>${w.type}</dt><dd>${incident.attackTypes.map((type) => label("attackType", type)).join(", ")}</dd>
<dt>${w.place}</dt><dd>${place || w.unknown}</dd>
<dt>${w.date}</dt><dd><time datetime="${incident.date}">${incident.date}</time></dd>
<dt>${w.verification}</dt><dd>${label("verification", incident.verification)}</dd>
<dt>${w.affected}</dt><dd>${affected}</dd>
</dl>
<h2>${w.sources}</h2>
<ol>
${raw(
  incident.sources
    .map(
      (source) =>
        html`<li><a href="${source.url}" rel="nofollow noopener">${source.title}</a>${source.publisher ? html` · ${source.publisher}` : ""}${source.publishedOn ? html`, <time datetime="${source.publishedOn}">${source.publishedOn}</time>` : ""} (${label("sourceKind", source.kind)})</li>`,
    )
    .join("\n"),
)}
</ol>
</article>
</main>
</body>
</html>`;
}
