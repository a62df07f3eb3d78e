import { describe, expect, it } from "vitest";
import { reportIdParams, userIdParams } from "../../../worker/api/path-params";

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("path parameters", () => {
  const hex = (n: number) => "0123456789abcdef".repeat(4).slice(0, n);

  it.each([
    ["a report id", reportIdParams, "rpt_", 24, "Expected rpt_ and 24 hex digits."],
    ["a user id", userIdParams, "usr_", 32, "Expected usr_ and 32 hex digits."],
  ] as const)(
    "take %s as its prefix and exactly its hex digits, nothing before or after",
    (_, schema, prefix, digits, rule) => {
      expect(schema.safeParse({ id: `${prefix}${hex(digits)}` }).success).toBe(true);
      for (const id of [
        `x${prefix}${hex(digits)}`,
        `${prefix}${hex(digits)}0`,
        `${prefix}${hex(digits - 1)}`,
        `${prefix}${hex(digits - 1)}g`,
        `${prefix}${hex(digits).toUpperCase()}`,
        `${prefix}${"0".repeat(digits)}\n`,
      ]) {
        expect(messages(schema.safeParse({ id }))).toEqual([rule]);
      }
    },
  );
});
