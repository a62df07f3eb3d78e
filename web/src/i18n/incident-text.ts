/**
 * An incident's title and summary in the reader's language. `title` and `summary` are English;
 * `titleFr` and `summaryFr` are French when written. Until a moderator writes the French text,
 * a French reader gets the English one, in an element marked `lang="en"` so that a screen
 * reader pronounces it as English, with a note that it is the original.
 */
import type { Language } from "../state/app-state";
import { language } from "./i18n";

export type LocalizedText = { text: string; lang: Language; original: boolean };

type Texts = { title: string; titleFr?: string | null; summary?: string; summaryFr?: string | null };

/** The title in `lang`, or the English original when it has no translation. */
export function localizedTitle(incident: Texts, lang: Language = language()): LocalizedText {
  return pick(incident.title, incident.titleFr, lang);
}

/** The summary in `lang`, or the English original when it has no translation. */
export function localizedSummary(incident: Texts, lang: Language = language()): LocalizedText {
  return pick(incident.summary ?? "", incident.summaryFr, lang);
}

function pick(english: string, french: string | null | undefined, lang: Language): LocalizedText {
  if (lang === "fr" && french) return { text: french, lang: "fr", original: false };
  return { text: english, lang: "en", original: lang !== "en" };
}
