import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "../../../worker/lib/problem";
import { invalidInput, parseOrThrow } from "../../../worker/lib/validation";

const params = z.strictObject({ limit: z.number().max(200), zoom: z.number() });

function thrown(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected a problem");
}

describe("invalid input as a problem", () => {
  it("names every invalid field once, in order, each with its pointer and zod's words", () => {
    const problem = thrown(() => parseOrThrow(params, { limit: 500, zoom: "x", zoom2: 1 }));
    expect(problem.code).toBe("invalid_parameters");
    expect(problem.message).toBe("Check these fields: limit, zoom, zoom2.");
    expect(problem.errors).toEqual([
      { pointer: "/limit", detail: expect.stringContaining("200") },
      { pointer: "/zoom", detail: expect.stringContaining("number") },
      { pointer: "/zoom2", detail: "This parameter is not known." },
    ]);
  });

  it("says 'field' for a body (422) where it says 'parameter' for a query (400)", () => {
    const problem = thrown(() =>
      parseOrThrow(params, { limit: 1, zoom: 1, extra: 1 }, "unprocessable_content"),
    );
    expect(problem.code).toBe("unprocessable_content");
    expect(problem.errors).toEqual([{ pointer: "/extra", detail: "This field is not known." }]);
  });

  it("names the root when the input itself is wrong, and a field once however many issues it has", () => {
    expect(thrown(() => parseOrThrow(params, "text")).message).toBe("Check these fields: (root).");
    const twice = z.object({
      name: z
        .string()
        .min(3)
        .regex(/^[a-z]+$/),
    });
    const problem = invalidInput(twice.safeParse({ name: "A" }).error?.issues ?? [], "invalid_parameters");
    expect(problem.errors).toHaveLength(2);
    expect(problem.message).toBe("Check these fields: name.");
  });

  it("gives back the parsed value when it is valid", () => {
    expect(parseOrThrow(params, { limit: 200, zoom: 3 })).toEqual({ limit: 200, zoom: 3 });
  });
});
