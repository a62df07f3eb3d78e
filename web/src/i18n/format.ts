/** Dates, numbers and unknown values as a reader expects them, in either language. */
import type { Language } from "../state/app-state";
import { dateFormat, numberFormat, regionNames } from "./formatters";
import { language, localeOf, t } from "./i18n";

export type DatePrecision = "day" | "month" | "year";

const shapes: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

/**
 * A `YYYY-MM-DD` date shown only as precisely as it is known.
 * @example formatPartialDate("2021-02-01", "month", "en") // "February 2021"
 */
export function formatPartialDate(
  date: string,
  precision: DatePrecision,
  lang: Language = language(),
): string {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const value = new Date(Date.UTC(year, month - 1, day));
  return dateFormat(localeOf(lang), { ...shapes[precision], timeZone: "UTC" }).format(value);
}

/**
 * A date with the name of its precision (a label from `GET /api/meta`), or "unknown".
 * @example formatDateWithPrecision("2021-02-01", "month", "Month", "en") // "February 2021 (month)"
 */
export function formatDateWithPrecision(
  date: string | null,
  precision: DatePrecision | null,
  precisionLabel: string | null,
  lang: Language = language(),
): string {
  if (!date) return t("unknown", {}, lang);
  const shown = formatPartialDate(date, precision ?? "day", lang);
  return precisionLabel ? `${shown} (${precisionLabel.toLocaleLowerCase(localeOf(lang))})` : shown;
}

export function formatNumber(value: number, lang: Language = language()): string {
  return numberFormat(localeOf(lang)).format(value);
}

/** An amount in its currency when the currency is a valid ISO 4217 code. */
export function formatMoney(amount: number, currency: string | null, lang: Language = language()): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    return numberFormat(localeOf(lang), {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  }
  return formatNumber(amount, lang);
}

/** Yes, no, or unknown: a null is never shown as "no". */
export function formatYesNo(value: boolean | null, lang: Language = language()): string {
  return value === null ? t("unknown", {}, lang) : t(value ? "yes" : "no", {}, lang);
}

/** A country's name in the language, from the browser's own ISO 3166 names. */
export function countryName(code: string, lang: Language = language()): string {
  try {
    return regionNames(localeOf(lang)).of(code) ?? code;
  } catch {
    return code;
  }
}
