import { describe, expect, it } from "vitest";
import { asProblem, toProblem } from "../../../worker/api/write-problem";
import { WriteError } from "../../../worker/domain/write-errors";
import { ApiError } from "../../../worker/lib/problem";

/** What D1 throws when a report's decision lost its compare-and-set (see isStaleReport). */
function lostDecision(): Error {
  return new Error("D1_ERROR: batch failed", {
    cause: new Error("NOT NULL constraint failed: audit_log.target_id: SQLITE_CONSTRAINT"),
  });
}

function problem(error: unknown): ApiError {
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("a write's failure as a problem", () => {
  it.each([
    ["invalid_input", "unprocessable_content"],
    ["not_found", "not_found"],
    ["revision_conflict", "precondition_failed"],
    ["already_exists", "conflict"],
    ["invalid_transition", "conflict"],
  ] as const)("%s becomes %s, with the write's own words", (code, expected) => {
    const converted = problem(toProblem(new WriteError(code, `Words for ${code}.`)));
    expect(converted.code).toBe(expected);
    expect(converted.message).toBe(`Words for ${code}.`);
  });

  it("turns a report that moved on since it was read into a 412 that says to read it again", () => {
    const converted = problem(toProblem(lostDecision()));
    expect(converted.code).toBe("precondition_failed");
    expect(converted.message).toBe(
      "Someone changed this since you read it. Read it again and redo your change.",
    );
  });

  it("lets any other error through unchanged: a bug stays a 500, not a client's problem", () => {
    const bug = new TypeError("x is undefined");
    expect(toProblem(bug)).toBe(bug);
  });

  it("keeps field pointers as they are when the input sits at the body's root (the default)", () => {
    const error = new WriteError("invalid_input", "Bad.", [{ pointer: "/title", detail: "Too long." }]);
    expect(problem(toProblem(error)).errors).toEqual([{ pointer: "/title", detail: "Too long." }]);
  });

  it("puts field pointers under where the input sits in the body, except the body's own root fields", () => {
    const error = new WriteError("invalid_input", "Bad.", [
      { pointer: "/title", detail: "Too long." },
      { pointer: "/reason", detail: "Required." },
      { pointer: "/sourceUrl", detail: "Not https." },
      { pointer: "/duplicateOf", detail: "Unknown." },
      { pointer: "/changes", detail: "Empty." },
      { pointer: "/changes/0", detail: "Unknown field." },
      { pointer: "/reasonable", detail: "A field that only starts like a root one." },
      { pointer: "/sources/0/reason", detail: "Ends like a root one." },
    ]);
    expect(problem(toProblem(error, "/changes")).errors?.map(({ pointer }) => pointer)).toEqual([
      "/changes/title",
      "/reason",
      "/sourceUrl",
      "/duplicateOf",
      "/changes",
      "/changes/0",
      "/changes/reasonable",
      "/changes/sources/0/reason",
    ]);
  });
});

describe("awaiting a write as a problem", () => {
  it("gives the write's value when it succeeds", async () => {
    await expect(asProblem(Promise.resolve(42))).resolves.toBe(42);
  });

  it("throws the write's failure as its problem, pointers under where the input sits", async () => {
    const failing = Promise.reject(
      new WriteError("invalid_input", "Bad.", [{ pointer: "/title", detail: "x" }]),
    );
    const thrown = await asProblem(failing, "/incident").catch((error: unknown) => error);
    expect(problem(thrown).code).toBe("unprocessable_content");
    expect(problem(thrown).errors).toEqual([{ pointer: "/incident/title", detail: "x" }]);
  });

  it("keeps the default of no prefix", async () => {
    const failing = Promise.reject(
      new WriteError("invalid_input", "Bad.", [{ pointer: "/title", detail: "x" }]),
    );
    const thrown = await asProblem(failing).catch((error: unknown) => error);
    expect(problem(thrown).errors).toEqual([{ pointer: "/title", detail: "x" }]);
  });
});
