/**
 * A date as a contributor knows it: `2021`, `2021-02` or `2021-02-17`. The shape gives the
 * precision, so the form asks for one text instead of a date and a precision.
 */
import type { IncidentInput } from "../../../worker/domain/incident-input";

export type DatePrecision = NonNullable<IncidentInput["occurredPrecision"]>;
export type PartialDate = { on: string; precision: DatePrecision };

const shapes: [RegExp, DatePrecision][] = [
  [/^(\d{4})$/, "year"],
  [/^(\d{4})-(\d{2})$/, "month"],
  [/^(\d{4})-(\d{2})-(\d{2})$/, "day"],
];

/**
 * The stored date (the first day of a month or year) and its precision; null for an empty
 * text; "invalid" for anything else. Whether the day exists is the incident schema's call.
 * @example parsePartialDate("2021-02") // { on: "2021-02-01", precision: "month" }
 */
export function parsePartialDate(text: string): PartialDate | null | "invalid" {
  const value = text.trim();
  if (value === "") return null;
  for (const [shape, precision] of shapes) {
    const match = shape.exec(value);
    if (!match) continue;
    const [, year, month = "01", day = "01"] = match;
    return { on: `${year}-${month}-${day}`, precision };
  }
  return "invalid";
}

/** The text a stored date and its precision are written as in the form. */
export function formatPartialDate(on: string | null, precision: DatePrecision | null): string {
  if (!on) return "";
  if (precision === "year") return on.slice(0, 4);
  if (precision === "month") return on.slice(0, 7);
  return on;
}
