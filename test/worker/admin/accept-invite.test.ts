import { describe, expect, it } from "vitest";
import { call, createSession, createUser, sessionCookieOf } from "../accounts";

type Invitation = { user: { id: string; email: string }; inviteUrl: string };
type AuditPage = {
  items: { action: string; actor: { id: string } | null; before: unknown; after: unknown }[];
};

async function invite(adminCookie: string) {
  const email = `invitee-${crypto.randomUUID()}@moderators.example`;
  const response = await call("/api/admin/users", {
    cookie: adminCookie,
    body: { email, role: "moderator" },
  });
  const body = (await response.json()) as Invitation;
  return { ...body.user, token: body.inviteUrl.split("#/invite/")[1] ?? "" };
}

const password = "a long enough passphrase";

describe("POST /api/auth/accept-invite", () => {
  it("records in the audit log that the invitee, as actor, made the account active", async () => {
    const adminCookie = await createSession(await createUser("admin"));
    const invitee = await invite(adminCookie);
    const accepted = await call("/api/auth/accept-invite", { body: { token: invitee.token, password } });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.getAll("set-cookie")[0]).toMatch(/; Max-Age=28800; /);

    const audit = (await (
      await call(`/api/admin/audit?targetType=user&targetId=${invitee.id}`, { cookie: adminCookie })
    ).json()) as AuditPage;
    expect(audit.items.map((item) => item.action)).toEqual(["user.accept_invite", "user.invite"]);
    expect(audit.items[0]).toMatchObject({
      actor: { id: invitee.id },
      before: { id: invitee.id, status: "invited" },
      after: { id: invitee.id, status: "active" },
    });
  });

  it("refuses, as if it did not exist, the invitation of an account disabled since", async () => {
    const adminCookie = await createSession(await createUser("admin"));
    const invitee = await invite(adminCookie);
    const disable = await call(`/api/admin/users/${invitee.id}/disable`, {
      method: "POST",
      cookie: adminCookie,
    });
    expect(disable.status).toBe(200);
    const refused = await call("/api/auth/accept-invite", { body: { token: invitee.token, password } });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({
      detail: "This invitation does not exist, was used, or has expired.",
    });
    expect(sessionCookieOf(refused)).toBeNull();
  });
});
