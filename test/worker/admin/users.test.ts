import { describe, expect, it } from "vitest";
import { call, createSession, createUser, sessionCookieOf } from "../accounts";

type Invitation = { user: { id: string; email: string; role: string; status: string }; inviteUrl: string };
type AuditPage = {
  items: { action: string; actor: { id: string } | null; before: unknown; after: unknown }[];
};

async function invite(cookie: string, email: string, role = "moderator") {
  const response = await call("/api/admin/users", { cookie, body: { email, role } });
  return { response, body: (await response.json()) as Invitation };
}

function tokenOf(inviteUrl: string): string {
  return inviteUrl.split("#/invite/")[1] ?? "";
}

describe("POST /api/admin/users (invite) and POST /api/auth/accept-invite", () => {
  it("invites a moderator with a one-time link that sets the password and signs in", async () => {
    const admin = await createUser("admin");
    const cookie = await createSession(admin);
    const email = `invitee-${crypto.randomUUID()}@moderators.example`;
    const { response, body } = await invite(cookie, email.toUpperCase());
    expect(response.status).toBe(201);
    expect(body.user).toEqual({
      id: expect.stringMatching(/^usr_/),
      email,
      role: "moderator",
      disabled: false,
      status: "invited",
      createdAt: expect.any(String),
      lastLoginAt: null,
    });
    expect(body.inviteUrl).toMatch(/^\/moderation\/#\/invite\/[A-Za-z0-9_-]{43}$/);

    const password = "a long enough passphrase";
    const accepted = await call("/api/auth/accept-invite", {
      body: { token: tokenOf(body.inviteUrl), password },
    });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ user: { id: body.user.id, email, role: "moderator" } });
    const session = sessionCookieOf(accepted) ?? "";
    expect((await call("/api/auth/me", { cookie: session })).status).toBe(200);

    const again = await call("/api/auth/accept-invite", {
      body: { token: tokenOf(body.inviteUrl), password },
    });
    expect(again.status).toBe(404);
    const login = await call("/api/auth/login", { body: { email, password } });
    expect(login.status).toBe(200);
  });

  it("refuses a password under 12 characters and keeps the invitation usable", async () => {
    const cookie = await createSession(await createUser("admin"));
    const { body } = await invite(cookie, `short-${crypto.randomUUID()}@moderators.example`);
    const token = tokenOf(body.inviteUrl);
    const short = await call("/api/auth/accept-invite", { body: { token, password: "elevenchars" } });
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({ errors: [{ pointer: "/password" }] });
    const ok = await call("/api/auth/accept-invite", { body: { token, password: "twelve chars" } });
    expect(ok.status).toBe(200);
  });

  it("retires the first link when an invitation is sent again", async () => {
    const cookie = await createSession(await createUser("admin"));
    const email = `twice-${crypto.randomUUID()}@moderators.example`;
    const first = await invite(cookie, email);
    const second = await invite(cookie, email, "admin");
    expect(second.response.status).toBe(201);
    expect(second.body.user).toMatchObject({ id: first.body.user.id, role: "admin" });
    const password = "a long enough passphrase";
    expect(
      (await call("/api/auth/accept-invite", { body: { token: tokenOf(first.body.inviteUrl), password } }))
        .status,
    ).toBe(404);
    expect(
      (await call("/api/auth/accept-invite", { body: { token: tokenOf(second.body.inviteUrl), password } }))
        .status,
    ).toBe(200);
  });

  it("answers 409 for an address that already has an account", async () => {
    const cookie = await createSession(await createUser("admin"));
    const existing = await createUser("moderator");
    const { response, body } = await invite(cookie, existing.email);
    expect(response.status).toBe(409);
    expect(body).toMatchObject({
      type: "/problems/conflict",
      errors: [{ pointer: "/email" }],
    });
  });

  it("refuses an unknown role and a malformed address", async () => {
    const cookie = await createSession(await createUser("admin"));
    const response = await call("/api/admin/users", {
      cookie,
      body: { email: "not an address", role: "owner" },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { pointer: string }[] };
    expect(body.errors.map((error) => error.pointer).sort()).toEqual(["/email", "/role"]);
  });
});

describe("GET /api/admin/users", () => {
  it("lists accounts without any password hash", async () => {
    const admin = await createUser("admin");
    const moderator = await createUser("moderator", { disabled: true });
    const response = await call("/api/admin/users", { cookie: await createSession(admin) });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("pbkdf2");
    const { items } = JSON.parse(text) as { items: { id: string; disabled: boolean; status: string }[] };
    expect(items.find((item) => item.id === moderator.id)).toMatchObject({
      disabled: true,
      status: "active",
    });
  });
});

describe("POST /api/admin/users/:id/disable and /enable", () => {
  it("records who disabled and re-enabled whom, before and after, in the audit log", async () => {
    const admin = await createUser("admin");
    const cookie = await createSession(admin);
    const moderator = await createUser("moderator");
    expect((await call(`/api/admin/users/${moderator.id}/disable`, { method: "POST", cookie })).status).toBe(
      200,
    );
    const enabled = await call(`/api/admin/users/${moderator.id}/enable`, { method: "POST", cookie });
    expect(await enabled.json()).toMatchObject({ user: { id: moderator.id, disabled: false } });

    const audit = (await (
      await call(`/api/admin/audit?targetType=user&targetId=${moderator.id}`, { cookie })
    ).json()) as AuditPage;
    expect(audit.items.map((item) => item.action)).toEqual(["user.enable", "user.disable"]);
    expect(audit.items[1]).toMatchObject({
      actor: { id: admin.id },
      before: { id: moderator.id, disabled: false },
      after: { id: moderator.id, disabled: true },
    });
    expect(JSON.stringify(audit)).not.toContain("pbkdf2");
  });

  it("ends every session of an account it disables, for good, and keeps them when it re-enables one", async () => {
    const cookie = await createSession(await createUser("admin"));
    const moderator = await createUser("moderator");
    const [first, second] = [await createSession(moderator), await createSession(moderator)];
    expect((await call("/api/auth/me", { cookie: first })).status).toBe(200);
    expect((await call(`/api/admin/users/${moderator.id}/disable`, { method: "POST", cookie })).status).toBe(
      200,
    );
    expect((await call(`/api/admin/users/${moderator.id}/enable`, { method: "POST", cookie })).status).toBe(
      200,
    );
    for (const session of [first, second]) {
      expect((await call("/api/auth/me", { cookie: session })).status).toBe(401);
    }

    const suspended = await createUser("moderator", { disabled: true });
    const kept = await createSession(suspended);
    expect((await call("/api/auth/me", { cookie: kept })).status).toBe(401);
    expect((await call(`/api/admin/users/${suspended.id}/enable`, { method: "POST", cookie })).status).toBe(
      200,
    );
    expect((await call("/api/auth/me", { cookie: kept })).status).toBe(200);
  });

  it("refuses to let admins disable themselves", async () => {
    const admin = await createUser("admin");
    const response = await call(`/api/admin/users/${admin.id}/disable`, {
      method: "POST",
      cookie: await createSession(admin),
    });
    expect(response.status).toBe(409);
  });

  it("answers 404 for an unknown account", async () => {
    const cookie = await createSession(await createUser("admin"));
    const response = await call("/api/admin/users/usr_00000000000000000000000000000000/disable", {
      method: "POST",
      cookie,
    });
    expect(response.status).toBe(404);
  });
});
