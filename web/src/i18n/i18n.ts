/**
 * The interface language: two small dictionaries, a current language, and lookups. Labels of the
 * data's vocabularies are not here: they come from `GET /api/meta` (see labels.ts).
 */
import type { Language } from "../state/app-state";
import { en, type MessageKey } from "./en";
import { numberFormat, pluralRules } from "./formatters";
import { fr } from "./fr";

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, fr };
let current: Language = "en";

type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;
type Params = Record<string, string | number>;

/** fr, fr-FR, fr-CA… → fr; anything else → en. */
export function detectLanguage(languages: readonly string[]): Language {
  return languages[0]?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function setLanguage(lang: Language): void {
  current = lang;
}

export function language(): Language {
  return current;
}

/** The locale used to format dates and numbers in a language. */
export function localeOf(lang: Language = current): string {
  return lang === "fr" ? "fr-FR" : "en-GB";
}

/** @example t("requestFailed", { detail: "Check these fields: bbox." }) */
export function t(key: MessageKey, params: Params = {}, lang: Language = current): string {
  return interpolate(dictionaries[lang][key], params, lang);
}

/** Fills a message's `{name}` marks; numbers are written the language's way. */
export function interpolate(template: string, params: Params, lang: Language = current): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? format(params[name] as string | number, lang) : whole,
  );
}

/** A message in the plural form `n` takes in the language: `tn("affected", 2)` → "2 people affected". */
export function tn(key: PluralKey, n: number, params: Params = {}, lang: Language = current): string {
  const form = pluralRules(localeOf(lang)).select(n) === "one" ? "one" : "other";
  return t(`${key}_${form}` as MessageKey, { n, ...params }, lang);
}

function format(value: string | number, lang: Language): string {
  return typeof value === "number" ? numberFormat(localeOf(lang)).format(value) : value;
}
