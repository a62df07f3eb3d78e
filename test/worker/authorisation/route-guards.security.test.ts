import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../worker/app";
import { requireRole } from "../../../worker/middleware/require-role";
import { endpointsOf, publicEndpoints, unguardedEndpoints } from "./routes";

describe("the role check of every route that is not public", () => {
  it("runs before every endpoint of the app outside the public list", () => {
    const app = createApp();
    expect(
      endpointsOf(app).filter((e) => e.includes("/api/moderation/") || e.includes("/api/admin/")).length,
    ).toBeGreaterThanOrEqual(16);
    expect(unguardedEndpoints(app)).toEqual([]);
  });

  it("catches an endpoint added without it, one guarded too late, and one guarded by another path", () => {
    const app = new Hono();
    app.use("/api/admin/*", requireRole("admin"));
    app.get("/api/admin/users", (c) => c.text("guarded"));
    app.get("/api/private/exports", (c) => c.text("unguarded"));
    app.get("/api/moderation/late", (c) => c.text("guard registered after it"));
    app.use("/api/moderation/*", requireRole("moderator"));
    app.get("/api/administrators", (c) => c.text("not under /api/admin/"));
    expect(unguardedEndpoints(app)).toEqual([
      "GET /api/private/exports",
      "GET /api/moderation/late",
      "GET /api/administrators",
    ]);
  });

  it("lists as public only endpoints that exist or are expected from other parts of the app", () => {
    const endpoints = new Set(endpointsOf(createApp()));
    const missing = [...publicEndpoints].filter((e) => !endpoints.has(e));
    // /api/duplicates is the report form's public lookup; every other public endpoint is here.
    expect(missing.filter((e) => e !== "GET /api/duplicates")).toEqual([]);
  });
});
