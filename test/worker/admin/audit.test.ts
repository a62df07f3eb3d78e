import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type AuditEntry, type AuditItem, auditStatement } from "../../../worker/db/audit/audit-log";
import { getDb } from "../../../worker/db/client";
import { call, createSession, createUser } from "../accounts";
import { freshTag } from "../factories";

type AuditPage = { items: AuditItem[]; nextCursor: string | null };

const db = getDb(env);

/** Audit rows about one fresh target, stored oldest first as the write paths store them. */
async function auditRows(entries: Partial<AuditEntry>[]): Promise<string> {
  const targetId = `usr_${freshTag()}`;
  for (const entry of entries) {
    await auditStatement(db, {
      actorId: null,
      action: "user.disable",
      targetType: "user",
      targetId,
      before: null,
      after: null,
      ...entry,
    });
  }
  return targetId;
}

async function page(query: string): Promise<AuditPage> {
  const cookie = await createSession(await createUser("admin"));
  const response = await call(`/api/admin/audit?${query}`, { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as AuditPage;
}

describe("GET /api/admin/audit", () => {
  it("answers a whole row: who, what, on what, why, before and after", async () => {
    const actor = await createUser("moderator");
    const targetId = await auditRows([
      {
        actorId: actor.id,
        action: "user.enable",
        reason: "Back from leave",
        before: { disabled: true },
        after: { disabled: false },
      },
    ]);
    const { items } = await page(`targetId=${targetId}`);
    expect(items).toEqual([
      {
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        actor: { id: actor.id, email: actor.email },
        action: "user.enable",
        targetType: "user",
        targetId,
        reason: "Back from leave",
        before: { disabled: true },
        after: { disabled: false },
      },
    ]);
  });

  it("answers null for a row without a reason or an actor, and an empty e-mail for an actor with no account", async () => {
    const targetId = await auditRows([
      { actorId: null, action: "user.invite" },
      { actorId: "usr_no_such_account", action: "user.disable" },
    ]);
    const { items } = await page(`targetId=${targetId}`);
    expect(
      items.map(({ action, actor, reason, before, after }) => ({ action, actor, reason, before, after })),
    ).toEqual([
      {
        action: "user.disable",
        actor: { id: "usr_no_such_account", email: "" },
        reason: null,
        before: null,
        after: null,
      },
      { action: "user.invite", actor: null, reason: null, before: null, after: null },
    ]);
  });

  it("answers every row and no cursor when the rows exactly fill the page", async () => {
    const targetId = await auditRows([
      { action: "user.invite" },
      { action: "user.disable" },
      { action: "user.enable" },
    ]);
    const whole = await page(`targetId=${targetId}&limit=3`);
    expect(whole.items.map((item) => item.action)).toEqual(["user.enable", "user.disable", "user.invite"]);
    expect(whole.nextCursor).toBeNull();
  });

  it("pages newest first at the limit, the row past it on the next page, with no cursor after the last", async () => {
    const targetId = await auditRows([
      { action: "user.invite" },
      { action: "user.disable" },
      { action: "user.enable" },
    ]);
    const first = await page(`targetId=${targetId}&limit=2`);
    expect(first.items.map((item) => item.action)).toEqual(["user.enable", "user.disable"]);
    expect(first.nextCursor).toBe(String(first.items[1]?.id));
    const second = await page(`targetId=${targetId}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.action)).toEqual(["user.invite"]);
    expect(second.nextCursor).toBeNull();
  });
});
