import { compileErrors, validate } from "@readme/openapi-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../worker/app";

/**
 * The document as the Worker serves it. The route reads no binding, so none is real here: the
 * context middleware only opens a D1 session on it (`withSession`), which makes no round trip.
 */
async function servedDocument() {
  const DB = { withSession: () => ({}) };
  const response = await createApp().request("/api/openapi.json", {}, { DB });
  expect(response.status).toBe(200);
  return (await response.json()) as OpenAPIV3_1.Document;
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await servedDocument();
    expect(document.openapi).toBe("3.1.0");
    // validate() dereferences in place; the copy keeps the served document as it was.
    const result = await validate(structuredClone(document));
    expect(result.valid ? "" : compileErrors(result)).toBe("");
    expect(result.valid).toBe(true);
  });

  it("fails validation once a response loses its description, so the check can fail", async () => {
    const document = await servedDocument();
    const incidents = document.paths?.["/api/incidents"] as { get: { responses: Record<string, object> } };
    incidents.get.responses["200"] = {};
    expect((await validate(document)).valid).toBe(false);
  });
});
