/**
 * Partial dates as the API's filters take them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Pure, so the
 * web client checks a date from a URL exactly as the API will.
 */

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type PartialDateProblem = "format" | "no_such_day";

/**
 * Widens a partial date to the first (`start`) or last (`end`) day it covers, so that
 * `from=2021&to=2021` means the whole year 2021.
 * @example widenPartialDate("2024-02", "end") // { date: "2024-02-29" }
 * @example widenPartialDate("2021-02-31", "start") // { problem: "no_such_day" }
 */
export function widenPartialDate(
  value: string,
  bound: "start" | "end",
): { date: string } | { problem: PartialDateProblem } {
  const match = partialDatePattern.exec(value);
  const [year, month, day] = match ? match.slice(1).map((part) => (part ? Number(part) : undefined)) : [];
  if (!match || year === undefined || (month !== undefined && (month < 1 || month > 12))) {
    return { problem: "format" };
  }
  const m = month ?? (bound === "start" ? 1 : 12);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const d = day ?? (bound === "start" ? 1 : lastDay);
  if (d < 1 || d > lastDay) return { problem: "no_such_day" };
  return {
    date: `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  };
}

/** Whether the API accepts `value` as a partial date (a real day, in a real month). */
export function isPartialDate(value: string): boolean {
  return "date" in widenPartialDate(value, "start");
}
