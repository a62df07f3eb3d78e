import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ProblemBody } from "../../../worker/lib/problem";
import { request } from "../request";

async function problemOf(path: string) {
  const response = await request(path);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as ProblemBody,
  };
}

describe("GET /api/incidents with invalid parameters", () => {
  it.each([
    ["bbox=1,2,3", "/bbox"],
    ["bbox=10,50,20,40", "/bbox"],
    ["bbox=-200,0,0,10", "/bbox"],
    ["type=cyberwar", "/type/0"],
    ["orgType=castle", "/orgType/0"],
    ["limit=100000", "/limit"],
    ["limit=0", "/limit"],
    ["limit=ten", "/limit"],
    ["from=2021-13", "/from"],
    ["from=2022&to=2021", "/to"],
    ["to=2021-02-30", "/to"],
    ["minAffected=-5", "/minAffected"],
    ["country=France", "/country"],
    ["subdivision=ARA", "/subdivision"],
    ["cursor=not-a-cursor", "/cursor"],
    ["limit=5&limit=6", "/limit"],
    ["tpye=ransomware", "/tpye"],
  ])("answers %s with a 400 problem pointing at %s", async (query, pointer) => {
    const { status, type, body } = await problemOf(`/api/incidents?${query}`);
    expect(status).toBe(400);
    expect(type).toBe("application/problem+json");
    expect(body).toEqual({
      type: "/problems/invalid-parameters",
      title: "The request parameters are invalid.",
      status: 400,
      detail: expect.stringContaining(pointer.split("/")[1] as string),
      instance: "/api/incidents",
      errors: [{ pointer, detail: expect.any(String) }],
    });
  });

  it("answers an unknown incident with a 404 problem", async () => {
    const { status, type, body } = await problemOf("/api/incidents/no-such-incident");
    expect(status).toBe(404);
    expect(type).toBe("application/problem+json");
    expect(body).toMatchObject({
      type: "/problems/not-found",
      status: 404,
      detail: expect.stringContaining("no-such-incident"),
    });
  });

  it("answers a malformed id with a 400 problem", async () => {
    const { status, body } = await problemOf("/api/incidents/DROP%20TABLE");
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ pointer: "/id", detail: expect.any(String) }]);
  });

  it("answers an unknown path under /api with a 404 problem, and changes nothing", async () => {
    const before = await env.DB.prepare("select version from dataset_state").first();
    const { status, body } = await problemOf("/api/nothing-here");
    expect(status).toBe(404);
    expect(body.type).toBe("/problems/not-found");
    expect(await env.DB.prepare("select version from dataset_state").first()).toEqual(before);
  });
});
