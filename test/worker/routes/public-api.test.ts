import { describe, expect, it } from "vitest";
import { request } from "../request";

describe("the public API", () => {
  it.each(["/api/incidents", "/api/map", "/api/stats?by=year", "/api/regions", "/api/meta", "/api/nowhere"])(
    "lets any origin read %s",
    async (path) => {
      const response = await request(path, { headers: { origin: "https://elsewhere.example" } });
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    },
  );

  it.each([
    ["0", 200],
    ["22", 200],
    ["-1", 400],
    ["23", 400],
    ["5.5", 400],
  ])("takes a map zoom from 0 to 22: zoom=%s answers %i", async (zoom, status) => {
    const response = await request(`/api/map?zoom=${zoom}`);
    expect(response.status).toBe(status);
  });
});
