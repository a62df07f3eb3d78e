import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "../../../worker/lib/auth/login-throttle";
import { call, createSession, createUser, sessionCookieOf, TEST_PASSWORD } from "../accounts";
import { request } from "../request";

let addressSeq = 0;
/** A network address no other test uses, so that per-address counts never couple tests. */
function freshAddress(): string {
  addressSeq += 1;
  return `198.51.100.${addressSeq}`;
}

function login(email: string, password: string, ip: string) {
  return call("/api/auth/login", { body: { email, password }, headers: { "cf-connecting-ip": ip } });
}

describe("CSRF: state-changing requests on cookie routes", () => {
  it.each([
    ["a foreign Origin", "https://evil.example"],
    ["the app's origin over http", "http://healthbreach.test"],
    ["an Origin of null", "null"],
  ])("refuses %s with a 403 and does not sign in", async (_case, origin) => {
    const user = await createUser("moderator");
    const response = await call("/api/auth/login", {
      body: { email: user.email, password: TEST_PASSWORD },
      origin,
    });
    expect(response.status).toBe(403);
    expect(response.headers.getAll("set-cookie")).toEqual([]);
    expect(await response.json()).toMatchObject({ type: "/problems/forbidden", status: 403 });
  });

  it("refuses a request without Origin, even with a valid session", async () => {
    const admin = await createUser("admin");
    const cookie = await createSession(admin);
    const response = await call("/api/admin/users", {
      cookie,
      origin: null,
      body: { email: "new@moderators.example", role: "moderator" },
    });
    expect(response.status).toBe(403);
    const list = (await (await call("/api/admin/users", { cookie })).json()) as {
      items: { email: string }[];
    };
    expect(list.items.map((item) => item.email)).not.toContain("new@moderators.example");
  });

  it("lets a logout from a foreign page do nothing", async () => {
    const user = await createUser("moderator");
    const cookie = await createSession(user);
    const response = await call("/api/auth/logout", {
      method: "POST",
      cookie,
      origin: "https://evil.example",
    });
    expect(response.status).toBe(403);
    expect((await call("/api/auth/me", { cookie })).status).toBe(200);
  });

  it("does not require an Origin on reads", async () => {
    const user = await createUser("moderator");
    const response = await request("/api/auth/me", { headers: { cookie: await createSession(user) } });
    expect(response.status).toBe(200);
  });
});

describe("login throttling", () => {
  it(`refuses the attempt after ${MAX_FAILURES_PER_ACCOUNT} failures on one account, even with the right password`, async () => {
    const user = await createUser("moderator");
    for (let i = 1; i <= MAX_FAILURES_PER_ACCOUNT; i += 1) {
      // Each from another address: the account's own count is what stops the guessing.
      expect((await login(user.email, `wrong guess ${i}`, freshAddress())).status).toBe(401);
    }
    const blocked = await login(user.email, TEST_PASSWORD, freshAddress());
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(Number(blocked.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    expect(await blocked.json()).toMatchObject({ type: "/problems/rate-limited", status: 429 });
    expect(blocked.headers.getAll("set-cookie")).toEqual([]);
  });

  it(`lets the ${MAX_FAILURES_PER_ACCOUNT}th attempt through after ${MAX_FAILURES_PER_ACCOUNT - 1} failures, and a success clears the count`, async () => {
    const user = await createUser("moderator");
    for (let i = 1; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      expect((await login(user.email, "wrong", freshAddress())).status).toBe(401);
    }
    expect((await login(user.email, TEST_PASSWORD, freshAddress())).status).toBe(200);
    for (let i = 1; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      expect((await login(user.email, "wrong", freshAddress())).status).toBe(401);
    }
    expect((await login(user.email, TEST_PASSWORD, freshAddress())).status).toBe(200);
  });

  it(`refuses an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts`, async () => {
    const address = freshAddress();
    for (let i = 1; i <= MAX_FAILURES_PER_ADDRESS; i += 1) {
      expect((await login(`guess${i}@moderators.example`, "wrong", address)).status).toBe(401);
    }
    const user = await createUser("moderator");
    expect((await login(user.email, TEST_PASSWORD, address)).status).toBe(429);
    expect((await login(user.email, TEST_PASSWORD, freshAddress())).status).toBe(200);
  });
});

describe("session expiry and revocation", () => {
  it("refuses an expired session and a session of a disabled account on moderation routes", async () => {
    const user = await createUser("moderator");
    const expired = await createSession(user, { expired: true });
    const ofDisabled = await createSession(await createUser("moderator", { disabled: true }));
    expect((await call("/api/moderation/reports", { cookie: expired })).status).toBe(401);
    expect((await call("/api/moderation/reports", { cookie: ofDisabled })).status).toBe(401);
  });

  it("ends every session of an account when an admin disables it", async () => {
    const admin = await createUser("admin");
    const moderator = await createUser("moderator");
    const adminCookie = await createSession(admin);
    const first = sessionCookieOf(await login(moderator.email, TEST_PASSWORD, freshAddress())) ?? "";
    const second = await createSession(moderator);
    expect((await call("/api/auth/me", { cookie: first })).status).toBe(200);

    const disabled = await call(`/api/admin/users/${moderator.id}/disable`, {
      method: "POST",
      cookie: adminCookie,
    });
    expect(disabled.status).toBe(200);
    expect((await call("/api/auth/me", { cookie: first })).status).toBe(401);
    expect((await call("/api/auth/me", { cookie: second })).status).toBe(401);

    await call(`/api/admin/users/${moderator.id}/enable`, { method: "POST", cookie: adminCookie });
    // Re-enabling restores the account, not the ended sessions.
    expect((await call("/api/auth/me", { cookie: first })).status).toBe(401);
    expect((await login(moderator.email, TEST_PASSWORD, freshAddress())).status).toBe(200);
  });
});
