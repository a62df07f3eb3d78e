/**
 * An incident's title and summary in the reader's language. `title` and `summary` are English,
 * `titleFr` and `summaryFr` French, each when written: a contributor writes in either language
 * and a moderator adds the other. Until then a reader of the other language gets the original,
 * in an element marked with its `lang` (so that a screen reader pronounces it right), with a
 * note that it is the original text, not yet translated.
 */
import type { Language } from "../state/app-state";
import { language } from "./i18n";

export type LocalizedText = { text: string; lang: Language; original: boolean };

type Texts = {
  title: string | null;
  titleFr?: string | null;
  summary?: string | null;
  summaryFr?: string | null;
};

/** The title in `lang`, or the original in the other language when it has no translation. */
export function localizedTitle(incident: Texts, lang: Language = language()): LocalizedText {
  return pick(incident.title, incident.titleFr, lang);
}

/** The summary in `lang`, or the original in the other language when it has no translation. */
export function localizedSummary(incident: Texts, lang: Language = language()): LocalizedText {
  return pick(incident.summary, incident.summaryFr, lang);
}

function pick(
  english: string | null | undefined,
  french: string | null | undefined,
  lang: Language,
): LocalizedText {
  const texts = { en: english, fr: french };
  const own = texts[lang];
  if (own) return { text: own, lang, original: false };
  const other: Language = lang === "en" ? "fr" : "en";
  return { text: texts[other] ?? "", lang: other, original: Boolean(texts[other]) };
}
