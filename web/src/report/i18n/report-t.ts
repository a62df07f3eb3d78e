/** Lookups in the form's dictionaries, in the language of the page (`i18n.ts`). */
import { language } from "../../i18n/i18n";
import { type ReportMessageKey, reportEn } from "./report-en";
import { reportFr } from "./report-fr";

export type { ReportMessageKey };

export function rt(key: ReportMessageKey, params: Record<string, string | number> = {}): string {
  const template = (language() === "fr" ? reportFr : reportEn)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
