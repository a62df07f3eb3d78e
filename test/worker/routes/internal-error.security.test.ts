import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { request } from "../request";

describe("an unexpected failure", () => {
  afterEach(async () => {
    await env.DB.prepare("insert or ignore into dataset_state (id, version) values (1, 1)").run();
  });

  it("answers a 500 problem that reveals nothing of the internals", async () => {
    // Without its one row the dataset version cannot be read: an internal fault, not a client's.
    await env.DB.prepare("delete from dataset_state").run();
    const response = await request("/api/meta");
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(JSON.parse(body)).toEqual({
      type: "/problems/internal-error",
      title: "The server could not complete the request.",
      status: 500,
      detail: "Something went wrong on our side. Try again later.",
    });
    expect(body).not.toMatch(/dataset_state|migrations|at .*\.ts/);
  });
});
