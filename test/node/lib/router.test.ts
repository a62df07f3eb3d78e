import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { ApiError, problemResponse } from "../../../worker/lib/problem";
import { createRouter } from "../../../worker/lib/router";

/** A route that validates its query and its JSON body through the router's hook. */
const route = createRoute({
  method: "post",
  path: "/things",
  request: {
    query: z.strictObject({ limit: z.coerce.number().int().max(10).optional() }),
    body: { content: { "application/json": { schema: z.strictObject({ name: z.string() }) } } },
  },
  responses: { 200: { description: "Stored." } },
});

const app = createRouter()
  .openapi(route, (c) => c.json({ name: c.req.valid("json").name }, 200))
  .onError((error) => {
    if (error instanceof ApiError) return problemResponse(error);
    throw error;
  });

function post(query: string, body: unknown) {
  return app.request(`/things${query}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("createRouter's validation hook", () => {
  it("answers an invalid JSON body with 422 unprocessable_content, naming the field", async () => {
    const response = await post("", { name: 7 });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      type: "/problems/unprocessable-content",
      title: "The request body is invalid.",
      status: 422,
      detail: "Check these fields: name.",
      errors: [{ pointer: "/name", detail: expect.any(String) }],
    });
  });

  it("answers an invalid query with 400 invalid_parameters, naming the parameter", async () => {
    const response = await post("?limit=11", { name: "x" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: "/problems/invalid-parameters",
      title: "The request parameters are invalid.",
      status: 400,
      detail: "Check these fields: limit.",
      errors: [{ pointer: "/limit", detail: expect.any(String) }],
    });
  });

  it("lets valid input through to the handler", async () => {
    const response = await post("?limit=10", { name: "x" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: "x" });
  });
});
