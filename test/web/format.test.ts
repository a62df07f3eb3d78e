import { describe, expect, it } from "vitest";
import { formatDateWithPrecision, formatPartialDate, formatYesNo } from "../../web/src/i18n/format";
import { detectLanguage, t, tn } from "../../web/src/i18n/i18n";
import { datePrecisions } from "../../worker/domain/enums";

const label = (precision: "day" | "month" | "year", lang: "fr" | "en") =>
  datePrecisions.labels[precision][lang];

describe("dates with their precision", () => {
  it.each([
    ["2021-02-09", "day", "en", "9 February 2021 (day)"],
    ["2021-02-01", "month", "en", "February 2021 (month)"],
    ["2021-01-01", "year", "en", "2021 (year)"],
    ["2021-02-09", "day", "fr", "9 février 2021 (jour)"],
    ["2021-02-01", "month", "fr", "février 2021 (mois)"],
    ["2021-01-01", "year", "fr", "2021 (année)"],
  ] as const)("shows %s known to the %s in %s as “%s”", (date, precision, lang, expected) => {
    expect(formatDateWithPrecision(date, precision, label(precision, lang), lang)).toBe(expected);
  });

  it("never shifts a date by a time zone", () => {
    expect(formatPartialDate("2021-01-01", "day", "en")).toBe("1 January 2021");
    expect(formatPartialDate("2021-12-31", "day", "en")).toBe("31 December 2021");
  });

  it("says unknown, in the reader's language, for a missing date", () => {
    expect(formatDateWithPrecision(null, null, null, "en")).toBe("unknown");
    expect(formatDateWithPrecision(null, null, null, "fr")).toBe("inconnu");
  });
});

describe("the interface language", () => {
  it("follows the browser: French for any fr locale, English otherwise", () => {
    expect(detectLanguage(["fr-CA", "en"])).toBe("fr");
    expect(detectLanguage(["FR"])).toBe("fr");
    expect(detectLanguage(["de-DE", "fr"])).toBe("en");
    expect(detectLanguage([])).toBe("en");
  });

  it("says yes, no or unknown, never no for a null", () => {
    expect([true, false, null].map((v) => formatYesNo(v, "en"))).toEqual(["yes", "no", "unknown"]);
  });

  it("uses each language's plural rule", () => {
    expect(tn("affected", 1, {}, "en")).toBe("1 person affected");
    expect(tn("affected", 0, {}, "fr")).toBe("0 personne touchée");
    expect(tn("affected", 491_840, {}, "en")).toBe("491,840 people affected");
    expect(tn("affected", 491_840, {}, "fr")).toBe("491\u202f840 personnes touchées");
    expect(t("requestFailed", { detail: "x" }, "fr")).toBe("La requête a échoué : x");
  });
});
