import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { sessions } from "../../../worker/db/schema";
import { hashToken } from "../../../worker/lib/auth/tokens";
import { call, createUser, TEST_PASSWORD } from "../accounts";

/** A request to the Worker at any origin, with that origin's own Origin header on a POST. */
function fetchAt(origin: string, path: string, init: { body?: unknown; cookie?: string } = {}) {
  const headers = new Headers({ "cf-connecting-ip": "192.0.2.44" });
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.body !== undefined) {
    headers.set("origin", origin);
    headers.set("content-type", "application/json");
  }
  return exports.default.fetch(
    new Request(new URL(path, origin), {
      method: init.body === undefined ? "GET" : "POST",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  );
}

async function loginAt(origin: string): Promise<string> {
  const user = await createUser("moderator");
  const response = await fetchAt(origin, "/api/auth/login", {
    body: { email: user.email, password: TEST_PASSWORD },
  });
  expect(response.status).toBe(200);
  return response.headers.getAll("set-cookie")[0] ?? "";
}

/** A live session whose token is `token`, stored as `npm run admin:create` would. */
async function sessionWithToken(token: string): Promise<void> {
  const user = await createUser("moderator");
  const expiresAt = new Date(Date.now() + 60 * 60 * 1000).toISOString();
  await getDb(env)
    .insert(sessions)
    .values({ tokenHash: await hashToken(token), userId: user.id, expiresAt });
}

describe("the session cookie", () => {
  it.each(["http://localhost:8787", "http://127.0.0.1:8787", "http://[::1]:8787"])(
    "is hb_session, without Secure, over plain http on the loopback %s, and lasts 8 hours",
    async (origin) => {
      const cookie = await loginAt(origin);
      expect(cookie).toMatch(
        /^hb_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      const pair = cookie.split(";")[0] ?? "";
      expect((await fetchAt(origin, "/api/auth/me", { cookie: pair })).status).toBe(200);
      // The same token under the other name, or over https, signs no one in.
      const token = pair.split("=")[1];
      expect((await fetchAt(origin, "/api/auth/me", { cookie: `__Host-hb_session=${token}` })).status).toBe(
        401,
      );
      expect((await call("/api/auth/me", { cookie: pair })).status).toBe(401);

      const logout = await fetchAt(origin, "/api/auth/logout", { body: {}, cookie: pair });
      expect(logout.status).toBe(204);
      expect(logout.headers.getAll("set-cookie")[0]).toMatch(
        /^hb_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      expect((await fetchAt(origin, "/api/auth/me", { cookie: pair })).status).toBe(401);
    },
  );

  it("is __Host-hb_session and Secure over https, and over plain http anywhere but the loopback", async () => {
    for (const origin of ["https://localhost", "http://healthbreach.test"]) {
      const cookie = await loginAt(origin);
      expect(cookie).toMatch(
        /^__Host-hb_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
      );
    }
  });

  it("is clear on logout over https with every attribute it was set with", async () => {
    const user = await createUser("moderator");
    const login = await call("/api/auth/login", { body: { email: user.email, password: TEST_PASSWORD } });
    const pair = (login.headers.getAll("set-cookie")[0] ?? "").split(";")[0] ?? "";
    const logout = await call("/api/auth/logout", { method: "POST", body: {}, cookie: pair });
    expect(logout.headers.getAll("set-cookie")[0]).toBe(
      "__Host-hb_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict",
    );
  });

  it("reads a token of 128 characters and ignores a longer one", async () => {
    const longest = "a".repeat(128);
    const tooLong = "b".repeat(129);
    await sessionWithToken(longest);
    await sessionWithToken(tooLong);
    expect((await call("/api/auth/me", { cookie: `__Host-hb_session=${longest}` })).status).toBe(200);
    expect((await call("/api/auth/me", { cookie: `__Host-hb_session=${tooLong}` })).status).toBe(401);
  });
});
