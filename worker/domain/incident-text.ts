/**
 * An incident's title and summary are written in English (`title`, `summary`), in French
 * (`titleFr`, `summaryFr`) or both. A contributor writes in either language; the language
 * first written is the original (`originalLanguage`), and a moderator adds the other.
 */
export const textLanguages = ["en", "fr"] as const;
export type TextLanguage = (typeof textLanguages)[number];

export type IncidentTexts = {
  title?: string | null;
  summary?: string | null;
  titleFr?: string | null;
  summaryFr?: string | null;
  originalLanguage?: TextLanguage | null;
};

const fields = {
  en: { title: "title", summary: "summary" },
  fr: { title: "titleFr", summary: "summaryFr" },
} as const;

/** The languages in which both the title and the summary are written. */
export function writtenLanguages(texts: IncidentTexts): TextLanguage[] {
  return textLanguages.filter((lang) => Boolean(texts[fields[lang].title] && texts[fields[lang].summary]));
}

/** The original language: the one given, else the only one written, else English. */
export function originalLanguageOf(texts: IncidentTexts): TextLanguage {
  if (texts.originalLanguage) return texts.originalLanguage;
  return writtenLanguages(texts)[0] ?? "en";
}

/** The title and summary in `lang`, or null when that language is not (fully) written. */
export function textIn(texts: IncidentTexts, lang: TextLanguage): { title: string; summary: string } | null {
  const title = texts[fields[lang].title];
  const summary = texts[fields[lang].summary];
  return title && summary ? { title, summary } : null;
}

export type TextIssue = { path: string[]; message: string };

/**
 * What is wrong with an incident's texts: a title without its summary (or the reverse), no
 * language written at all, or an original language whose text is missing.
 */
export function textIssues(texts: IncidentTexts): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const lang of textLanguages) {
    const { title, summary } = fields[lang];
    if (Boolean(texts[title]) !== Boolean(texts[summary])) {
      const missing = texts[title] ? summary : title;
      issues.push({ path: [missing], message: "A title and its summary go together, in the same language." });
    }
  }
  const written = writtenLanguages(texts);
  if (written.length === 0 && issues.length === 0) {
    const message = "Write the title and the summary, in English or in French.";
    issues.push({ path: ["title"], message }, { path: ["titleFr"], message });
  }
  const original = texts.originalLanguage;
  if (original && written.length > 0 && !written.includes(original)) {
    issues.push({
      path: ["originalLanguage"],
      message: "The original language must have its title and summary.",
    });
  }
  return issues;
}

/** What a reader of `lang` is shown: `untranslated` when it is the original in the other language. */
export type ShownText = { title: string; summary: string; lang: TextLanguage; untranslated: boolean };

/**
 * The title and summary for a reader of `lang`: in that language when written, else the
 * original text, marked as not yet translated.
 *
 * @example textFor({ titleFr: "Attaque", summaryFr: "…", originalLanguage: "fr" }, "en")
 * // { title: "Attaque", summary: "…", lang: "fr", untranslated: true }
 */
export function textFor(texts: IncidentTexts, lang: TextLanguage): ShownText {
  const own = textIn(texts, lang);
  if (own) return { ...own, lang, untranslated: false };
  const other: TextLanguage = lang === "en" ? "fr" : "en";
  const shown = textIn(texts, other);
  if (shown) return { ...shown, lang: other, untranslated: true };
  return {
    title: texts.title ?? texts.titleFr ?? "",
    summary: texts.summary ?? texts.summaryFr ?? "",
    lang,
    untranslated: false,
  };
}
