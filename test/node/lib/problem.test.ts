import { describe, expect, it } from "vitest";
import { ApiError, problemCodes, problemResponse, problemType } from "../../../worker/lib/problem";

describe("problems (RFC 9457)", () => {
  it.each([
    ["invalid_parameters", 400],
    ["malformed_body", 400],
    ["unauthorized", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["method_not_allowed", 405],
    ["conflict", 409],
    ["precondition_failed", 412],
    ["payload_too_large", 413],
    ["unsupported_media_type", 415],
    ["unprocessable_content", 422],
    ["precondition_required", 428],
    ["rate_limited", 429],
    ["internal_error", 500],
    ["service_unavailable", 503],
  ] as const)("%s is a %i", (code, status) => {
    expect(new ApiError(code, "x").status).toBe(status);
  });

  it("knows no other code than those", () => {
    expect(Object.keys(problemCodes)).toHaveLength(15);
  });

  it("types each problem by a documented path made of its code", () => {
    expect(problemType("invalid_parameters")).toBe("/problems/invalid-parameters");
    expect(problemType("precondition_required")).toBe("/problems/precondition-required");
  });

  it("gives its title, status and detail, and the instance and field errors only when there are some", () => {
    expect(new ApiError("not_found", "No incident has this id.").toBody()).toEqual({
      type: "/problems/not-found",
      title: "The resource does not exist.",
      status: 404,
      detail: "No incident has this id.",
    });
    expect(new ApiError("unprocessable_content", "Bad.", []).toBody("/api/reports")).toEqual({
      type: "/problems/unprocessable-content",
      title: "The request body is invalid.",
      status: 422,
      detail: "Bad.",
      instance: "/api/reports",
    });
    const errors = [{ pointer: "/title", detail: "Too long." }];
    expect(new ApiError("unprocessable_content", "Bad.", errors).toBody().errors).toEqual(errors);
  });

  it("answers with the problem media type, never cached, with the problem's own headers", async () => {
    const response = problemResponse(
      new ApiError("rate_limited", "Slow down.", undefined, { "retry-after": "60" }),
      "/api/reports",
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toEqual({
      type: "/problems/rate-limited",
      title: "Too many requests.",
      status: 429,
      detail: "Slow down.",
      instance: "/api/reports",
    });
  });
});

describe("a problem as an error", () => {
  it("is named ApiError, which is what a log line says of one that escaped", () => {
    const error = new ApiError("conflict", "Already there.");
    expect(error.name).toBe("ApiError");
    expect(String(error)).toBe("ApiError: Already there.");
  });
});
