import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { reports } from "../../../worker/db/schema";
import { call, createSession, createUser } from "../accounts";
import { createReport } from "./report-factory";

type Queue = { items: { id: string; status: string }[]; nextCursor: string | null };

/** Reports of one status, with the given creation times (this file's storage is its own). */
async function reportsAt(status: "pending" | "rejected", times: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const createdAt of times) {
    const { id } = await createReport();
    await getDb(env).update(reports).set({ status, createdAt }).where(eq(reports.id, id));
    ids.push(id);
  }
  return ids;
}

async function pagesOf(
  status: string,
  limit: number,
): Promise<{ ids: string[]; cursors: (string | null)[] }> {
  const cookie = await createSession(await createUser("moderator"));
  const ids: string[] = [];
  const cursors: (string | null)[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `status=${status}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await call(`/api/moderation/reports?${query}`, { cookie });
    expect(response.status).toBe(200);
    const page = (await response.json()) as Queue;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((item) => item.id));
    cursors.push(page.nextCursor);
    cursor = page.nextCursor;
  } while (cursor && cursors.length < 10);
  return { ids, cursors };
}

const sorted = (ids: string[]) => [...ids].sort();

describe("GET /api/moderation/reports paging", () => {
  it("gives pending reports oldest first, ties by id, and no nextCursor on a full last page", async () => {
    const [late, early, tieA, tieB] = await reportsAt("pending", [
      "2026-01-03T00:00:00.000Z",
      "2026-01-01T00:00:00.000Z",
      "2026-01-02T00:00:00.000Z",
      "2026-01-02T00:00:00.000Z",
    ]);
    const ties = sorted([tieA ?? "", tieB ?? ""]);
    const expected = [early, ...ties, late];

    const byOne = await pagesOf("pending", 1);
    expect(byOne.ids).toEqual(expected);
    expect(byOne.cursors.map((cursor) => cursor !== null)).toEqual([true, true, true, false]);

    const byTwo = await pagesOf("pending", 2);
    expect(byTwo.ids).toEqual(expected);
    expect(byTwo.cursors.map((cursor) => cursor !== null)).toEqual([true, false]);

    const all = await pagesOf("pending", 4);
    expect(all.ids).toEqual(expected);
    expect(all.cursors).toEqual([null]);
  });

  it("gives decided reports newest first, ties by id descending, across pages", async () => {
    const [early, tieA, tieB, late] = await reportsAt("rejected", [
      "2025-01-01T00:00:00.000Z",
      "2025-01-02T00:00:00.000Z",
      "2025-01-02T00:00:00.000Z",
      "2025-01-03T00:00:00.000Z",
    ]);
    const ties = sorted([tieA ?? "", tieB ?? ""]).reverse();
    const expected = [late, ...ties, early];

    const byOne = await pagesOf("rejected", 1);
    expect(byOne.ids).toEqual(expected);
    expect(byOne.cursors.at(-1)).toBeNull();

    const byThree = await pagesOf("rejected", 3);
    expect(byThree.ids).toEqual(expected);
    expect(byThree.cursors.map((cursor) => cursor !== null)).toEqual([true, false]);
  });
});
