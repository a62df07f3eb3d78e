import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { IncidentFilters } from "../../../worker/api/incident-filters";
import { getDb } from "../../../worker/db/client";
import { planListIncidents } from "../../../worker/db/incident-queries";
import type { CursorPosition } from "../../../worker/domain/cursor";
import type { IncidentSummary } from "../../../worker/domain/public-incident";
import { createManyIncidents, freshTag, incidentInput } from "../factories";
import { getJson } from "../request";

type Page = { items: IncidentSummary[]; nextCursor: string | null };

/** `count` incidents titled with `tag`, over `days` consecutive days, so that days hold several. */
function tagged(tag: string, count: number, days: number, overrides = (_i: number) => ({})) {
  return Array.from({ length: count }, (_, i) =>
    incidentInput(tag, {
      // Ids out of insertion order within a day: the index's own order there is not the list's.
      id: `search-${tag}-${((i * 37) % count).toString().padStart(4, "0")}`,
      occurredOn: `2023-03-${String(10 + (i % days)).padStart(2, "0")}`,
      ...overrides(i),
    }),
  );
}

/** Newest first, then id descending: the lists' order. */
function listOrder(inputs: { id: string; occurredOn: string | null }[]): string[] {
  return [...inputs]
    .sort((a, b) => (b.occurredOn ?? "").localeCompare(a.occurredOn ?? "") || b.id.localeCompare(a.id))
    .map((input) => input.id);
}

async function everyPage(query: string): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await getJson<Page>(`/api/incidents?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    pages.push(page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

/** D1's own count of rows read by a list page's statement, as D1 bills it. */
async function rowsRead(filters: Partial<IncidentFilters>, after: CursorPosition | null = null) {
  const [statement] = planListIncidents(getDb(env), filters, { limit: 50, after }).statements;
  const { sql, params } = (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
  const result = await env.DB.prepare(sql)
    .bind(...params)
    .all<{ id: string; date: string }>();
  return { read: result.meta.rows_read, rows: result.results };
}

describe("a search's pages", () => {
  it("come in the lists' order, each match once, with page ends inside a day", async () => {
    const tag = freshTag();
    const inputs = tagged(tag, 45, 4);
    await createManyIncidents(inputs);
    const pages = await everyPage(`q=${tag}&limit=7`);
    expect(pages.flat()).toEqual(listOrder(inputs));
    expect(pages.map((page) => page.length)).toEqual([7, 7, 7, 7, 7, 7, 3]);
  });

  it("apply the other filters before the page is cut, also when they leave out most matches", async () => {
    const tag = freshTag();
    const inputs = tagged(tag, 60, 3, (i) => (i % 5 === 0 ? {} : { attackTypes: ["phishing"] }));
    await createManyIncidents(inputs);
    const ransomware = inputs.filter((_, i) => i % 5 === 0);
    const pages = await everyPage(`q=${tag}&type=ransomware&limit=5`);
    expect(pages.flat()).toEqual(listOrder(ransomware));
  });

  it("follow a corrected date: the index moves the incident with it", async () => {
    const tag = freshTag();
    const inputs = tagged(tag, 6, 3);
    await createManyIncidents(inputs);
    const moved = inputs[5] as (typeof inputs)[number];
    await env.DB.prepare("UPDATE incidents SET date = '2019-01-01' WHERE id = ?").bind(moved.id).run();
    const pages = await everyPage(`q=${tag}&limit=2`);
    const expected = listOrder(inputs.filter((input) => input !== moved));
    expect(pages.flat()).toEqual([...expected, moved.id]);
  });
});

describe("what a search's page reads", () => {
  // It writes 1,500 incidents first: seconds on a loaded machine, hence its own time limit.
  it("stays under 500 rows for a page of 50, however many incidents match, on any page", async () => {
    const tag = freshTag();
    // 1,500 matches over 300 days (5 a day): reading every match would be 1,500 rows and more.
    await createManyIncidents(
      Array.from({ length: 1500 }, (_, i) =>
        incidentInput(tag, {
          id: `bulk-${tag}-${i}`,
          occurredOn: new Date(Date.UTC(2020, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10),
        }),
      ),
    );
    const first = await rowsRead({ q: tag });
    expect(first.rows).toHaveLength(51);
    expect(first.read).toBeLessThan(500);
    const last = first.rows[49] as { id: string; date: string };
    const second = await rowsRead({ q: tag }, { date: last.date, id: last.id });
    expect((second.rows[0]?.date ?? "") <= last.date).toBe(true);
    expect(second.read).toBeLessThan(500);
    // Deep in the list, after some 1,350 matches: the cursor's day bounds where the index is
    // read from. Its day (2020-01-31) holds bulk-30, 330, 630, 930 and 1230; only 1230 sorts
    // before bulk-30.
    const deep = await rowsRead({ q: tag }, { date: "2020-01-31", id: `bulk-${tag}-30` });
    expect(deep.rows).toHaveLength(51);
    expect([deep.rows[0]?.id, deep.rows[0]?.date]).toEqual([`bulk-${tag}-1230`, "2020-01-31"]);
    expect(deep.read).toBeLessThan(500);
  }, 20_000);
});
