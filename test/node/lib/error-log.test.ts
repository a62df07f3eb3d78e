import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { describeErrorForLog } from "../../../worker/lib/error-log";

describe("what the server log says of an unexpected error", () => {
  it("gives a failed query's SQL and the driver's reason, never its bound parameters", () => {
    const error = new DrizzleQueryError(
      "insert into reports (contact_email, ip_hash) values (?, ?)",
      ["jeanne.martin@example.org", "3f9a…ip-hash"],
      new Error("D1_ERROR: UNIQUE constraint failed: reports.id"),
    );
    const line = describeErrorForLog(error);
    expect(line).toBe(
      "query failed (Error: D1_ERROR: UNIQUE constraint failed: reports.id) in: insert into reports (contact_email, ip_hash) values (?, ?)",
    );
    expect(line).not.toContain("jeanne.martin");
    expect(line).not.toContain("ip-hash");
  });

  it("says when a failed query has no cause", () => {
    const error = new DrizzleQueryError("select 1 where ?", ["secret"]);
    expect(describeErrorForLog(error)).toBe("query failed (no cause) in: select 1 where ?");
  });

  it("gives any other error's name and message", () => {
    expect(describeErrorForLog(new TypeError("x is not a function"))).toBe("TypeError: x is not a function");
  });
});
