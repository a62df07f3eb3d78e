import { describe, expect, it } from "vitest";
import { isPartialDate, widenPartialDate } from "../../../worker/domain/partial-date";

describe("partial dates", () => {
  it.each([
    ["2021", "start", "2021-01-01"],
    ["2021", "end", "2021-12-31"],
    ["2024-02", "start", "2024-02-01"],
    ["2024-02", "end", "2024-02-29"],
    ["2023-02", "end", "2023-02-28"],
    ["1900-02", "end", "1900-02-28"],
    ["2000-02", "end", "2000-02-29"],
    ["2023-04", "end", "2023-04-30"],
    ["2023-12", "end", "2023-12-31"],
    ["2023-01-31", "start", "2023-01-31"],
    ["2023-01-31", "end", "2023-01-31"],
    ["0999-03-01", "end", "0999-03-01"],
  ] as const)("%s widens to its %s: %s", (value, bound, date) => {
    expect(widenPartialDate(value, bound)).toEqual({ date });
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-02-28", true],
    ["2021-02-31", false],
    ["2023-04-31", false],
    ["2023-04-30", true],
    ["2023-01-00", false],
    ["2023-01-32", false],
  ])("%s is a real day: %s", (value, real) => {
    expect(widenPartialDate(value, "start")).toEqual(real ? { date: value } : { problem: "no_such_day" });
    expect(isPartialDate(value)).toBe(real);
  });

  it.each([
    "2023-00",
    "2023-13",
    "2023-1",
    "23",
    "20231",
    "2023-01-1",
    "2023/01",
    " 2023",
    "2023-01-01T00",
    "",
    "abcd",
  ])("refuses %j as a format problem", (value) => {
    expect(widenPartialDate(value, "end")).toEqual({ problem: "format" });
    expect(isPartialDate(value)).toBe(false);
  });

  it("accepts the first and last months", () => {
    expect(widenPartialDate("2023-01", "end")).toEqual({ date: "2023-01-31" });
    expect(widenPartialDate("2023-12", "start")).toEqual({ date: "2023-12-01" });
  });
});
