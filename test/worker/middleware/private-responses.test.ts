import { describe, expect, it } from "vitest";
import { call, createSession, createUser } from "../accounts";
import { request } from "../request";

describe("private responses (the cookie-authenticated API)", () => {
  it("answers a signed-in moderator's read with cache-control no-store and no CORS header", async () => {
    const cookie = await createSession(await createUser("moderator"));
    const response = await call("/api/moderation/reports", { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it.each([
    "/api/auth",
    "/api/auth/me",
    "/api/moderation",
    "/api/moderation/x",
    "/api/admin",
    "/api/admin/users",
  ])("never lets another origin read %s: the prefix itself and every path under it", async (path) => {
    const response = await request(path, { headers: { origin: "https://elsewhere.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it.each(["/api/authx", "/api/moderationx", "/api/adminx"])(
    "treats %s, which only starts with a private prefix's letters, as public",
    async (path) => {
      const response = await request(path, { headers: { origin: "https://elsewhere.example" } });
      expect(response.status).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    },
  );
});
