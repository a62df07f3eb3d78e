import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readValidBody } from "../../../worker/api/read-body";
import { getDb } from "../../../worker/db/client";
import { sessions } from "../../../worker/db/schema";
import { hashToken } from "../../../worker/lib/auth/tokens";
import { ApiError } from "../../../worker/lib/problem";
import { APP_ORIGIN, call, createSession, createUser, sessionCookieOf, TEST_PASSWORD } from "../accounts";
import { request } from "../request";

function login(email: string, password: string, ip = "192.0.2.10") {
  return call("/api/auth/login", { body: { email, password }, headers: { "cf-connecting-ip": ip } });
}

describe("POST /api/auth/login", () => {
  it("signs a moderator in with a __Host- cookie that is HttpOnly, Secure and SameSite=Strict", async () => {
    const user = await createUser("moderator");
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: user.id, email: user.email, role: "moderator" } });
    const cookie = response.headers.getAll("set-cookie")[0] ?? "";
    expect(cookie).toMatch(/^__Host-hb_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Domain");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("stores the session token only as its SHA-256 hash", async () => {
    const user = await createUser("admin");
    const cookie = sessionCookieOf(await login(user.email, TEST_PASSWORD)) ?? "";
    const token = cookie.split("=")[1] ?? "";
    const rows = await getDb(env).select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((row) => row.tokenHash)).toEqual([await hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("gives the same 401 for a wrong password, an unknown address, an invited and a disabled account", async () => {
    const active = await createUser("moderator");
    const invited = await createUser("moderator", { invited: true });
    const disabled = await createUser("moderator", { disabled: true });
    const attempts = [
      login(active.email, "wrong password, clearly"),
      login("nobody@moderators.example", TEST_PASSWORD),
      login(invited.email, TEST_PASSWORD),
      login(disabled.email, TEST_PASSWORD),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(401);
      expect(response.headers.getAll("set-cookie")).toEqual([]);
      expect(await response.json()).toMatchObject({
        type: "/problems/unauthorized",
        detail: "The e-mail address or the password is wrong.",
      });
    }
  });

  it("refuses a body with unknown fields with a 422 naming them", async () => {
    const response = await call("/api/auth/login", {
      body: { email: "a@b.example", password: "x", admin: true },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: "/admin" }] });
  });

  it("refuses a body that is not JSON with a 400, and one over 64 KiB with a 413", async () => {
    const headers = { origin: APP_ORIGIN, "content-type": "application/json" };
    const broken = await request("/api/auth/login", { method: "POST", headers, body: "{email:" });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      type: "/problems/malformed-body",
      detail: "The body is not well-formed JSON.",
    });
    const huge = JSON.stringify({ email: "a@b.example", password: "x".repeat(64 * 1024) });
    const tooLarge = await request("/api/auth/login", { method: "POST", headers, body: huge });
    expect(tooLarge.status).toBe(413);
  });
});

describe("a signed-in route's body limit (64 KiB)", () => {
  const headers = { origin: APP_ORIGIN, "content-type": "application/json" };
  /** A login body of exactly `bytes` bytes. */
  const bodyOf = (bytes: number) => {
    const empty = JSON.stringify({ email: "a@b.example", password: "" });
    return JSON.stringify({ email: "a@b.example", password: "x".repeat(bytes - empty.length) });
  };

  it("takes a body of 65,536 bytes and refuses one byte more with a 413 that says the limit", async () => {
    // Read, then refused by the schema (no password is that long): not refused for its size.
    const atLimit = await request("/api/auth/login", { method: "POST", headers, body: bodyOf(65_536) });
    expect(atLimit.status).toBe(422);
    const over = await request("/api/auth/login", { method: "POST", headers, body: bodyOf(65_537) });
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ detail: "The body may be at most 65536 bytes." });
  });

  it("counts the bytes it reads when no Content-Length announces them", async () => {
    // Straight to a handler: through the Worker's fetch the test pool adds a Content-Length.
    const app = new Hono().post("/", async (c) => c.json(await readValidBody(c, z.unknown())));
    app.onError(
      (error) => new Response(error instanceof ApiError ? error.code : "unexpected", { status: 500 }),
    );
    const streamed = (bytes: number) =>
      app.request("/", {
        method: "POST",
        body: new Blob(["1".repeat(bytes)]).stream(),
        duplex: "half",
      } as RequestInit);
    expect(await (await streamed(65_537)).text()).toBe("payload_too_large");
    expect((await streamed(65_536)).status).toBe(200);
  });

  it("reads an empty body as {}, so that the schema names what is missing", async () => {
    const empty = await request("/api/auth/login", { method: "POST", headers, body: " " });
    expect(empty.status).toBe(422);
    const { errors } = (await empty.json()) as { errors: { pointer: string }[] };
    expect(errors.map((e) => e.pointer).sort()).toEqual(["/email", "/password"]);
  });
});

describe("GET /api/auth/me", () => {
  it("names the signed-in user", async () => {
    const user = await createUser("admin");
    const response = await call("/api/auth/me", { cookie: await createSession(user) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: user.id, email: user.email, role: "admin" } });
  });

  it("answers 401 without a session, with an expired one, and for a disabled account", async () => {
    const user = await createUser("moderator");
    const disabled = await createUser("moderator", { disabled: true });
    const cookies = [undefined, await createSession(user, { expired: true }), await createSession(disabled)];
    for (const cookie of cookies) {
      const response = await call("/api/auth/me", { cookie });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ type: "/problems/unauthorized", status: 401 });
    }
  });
});

describe("POST /api/auth/logout", () => {
  it("ends the session: the same cookie no longer signs in", async () => {
    const user = await createUser("moderator");
    const cookie = sessionCookieOf(await login(user.email, TEST_PASSWORD)) ?? "";
    expect((await call("/api/auth/me", { cookie })).status).toBe(200);
    const response = await call("/api/auth/logout", { method: "POST", cookie });
    expect(response.status).toBe(204);
    expect(response.headers.getAll("set-cookie")[0]).toMatch(/^__Host-hb_session=; Max-Age=0/);
    expect((await call("/api/auth/me", { cookie })).status).toBe(401);
  });
});
