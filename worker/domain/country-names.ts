import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import type { Label } from "./enums";

countries.registerLocale(en);
countries.registerLocale(fr);

/** A country's short name in French and English, or the code itself when unknown. */
export function countryName(code: string): Label {
  return {
    fr: countries.getName(code, "fr") ?? code,
    en: countries.getName(code, "en") ?? code,
  };
}
