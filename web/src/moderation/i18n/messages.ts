/**
 * The console's strings in the current language (shared with the map page's i18n module, so
 * that dates, numbers and enumeration labels follow the same choice).
 * @example m("saveDone", { n: 4 })
 */
import { interpolate, language } from "../../i18n/i18n";
import { type ConsoleKey, consoleEn } from "./en";
import { consoleFr } from "./fr";

export function m(key: ConsoleKey, params: Record<string, string | number> = {}): string {
  const lang = language();
  return interpolate((lang === "fr" ? consoleFr : consoleEn)[key], params, lang);
}
