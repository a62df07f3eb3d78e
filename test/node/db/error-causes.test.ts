import { describe, expect, it } from "vitest";
import { anyCauseSays } from "../../../worker/db/error-causes";

/** An error whose message is `message`, wrapped in `depth` outer errors (as drivers wrap SQLite's). */
function wrapped(message: string, depth: number): Error {
  let error = new Error(message);
  for (let level = depth; level > 0; level -= 1) error = new Error(`wrapper ${level}`, { cause: error });
  return error;
}

describe("anyCauseSays", () => {
  it("finds the text in the error's own message, anywhere in it", () => {
    expect(anyCauseSays(new Error("D1_ERROR: UNIQUE constraint failed: incidents.id"), "incidents.id")).toBe(
      true,
    );
  });

  it("finds it in a cause four wrappers down, the fifth error of the chain", () => {
    expect(anyCauseSays(wrapped("UNIQUE constraint failed", 4), "UNIQUE constraint failed")).toBe(true);
  });

  it("stops after five errors: a message five wrappers down is not read", () => {
    expect(anyCauseSays(wrapped("UNIQUE constraint failed", 5), "UNIQUE constraint failed")).toBe(false);
  });

  it("answers false when no error of the chain says it, and ends at the first cause that is no error", () => {
    expect(anyCauseSays(wrapped("NOT NULL constraint failed", 2), "UNIQUE constraint failed")).toBe(false);
    expect(anyCauseSays(new Error("outer", { cause: "UNIQUE constraint failed" }), "UNIQUE")).toBe(false);
  });

  it("answers false for a thrown value that is no error", () => {
    expect(anyCauseSays("UNIQUE constraint failed", "UNIQUE")).toBe(false);
    expect(anyCauseSays(undefined, "UNIQUE")).toBe(false);
  });

  it("ends on an error that is its own cause", () => {
    const looping = new Error("outer");
    looping.cause = looping;
    expect(anyCauseSays(looping, "UNIQUE")).toBe(false);
  });
});
