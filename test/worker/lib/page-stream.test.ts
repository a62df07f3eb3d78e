import { describe, expect, it } from "vitest";
import type { CursorPosition } from "../../../worker/domain/cursor";
import { streamPages } from "../../../worker/lib/page-stream";

type Item = { date: string; id: string };

function source(total: number, pageSize: number) {
  const items: Item[] = Array.from({ length: total }, (_, i) => ({ date: "2024-01-01", id: `i${1000 - i}` }));
  const calls: { after: CursorPosition | null; limit: number }[] = [];
  return {
    calls,
    pageSize,
    async readPage(after: CursorPosition | null, limit: number) {
      calls.push({ after, limit });
      const start = after ? items.findIndex((item) => item.id === after.id) + 1 : 0;
      return items.slice(start, start + limit);
    },
    positionOf: (item: Item) => item,
  };
}

const encoder = {
  begin: () => "[",
  item: (item: Item, i: number) => `${i ? "," : ""}${item.id}`,
  end: () => "]",
};

/** Every chunk the stream sends, as text. */
async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    chunks.push(new TextDecoder().decode(chunk.value));
  return chunks;
}

describe("streamPages", () => {
  it("reads one bounded page per chunk, and only when the reader asks for it", async () => {
    const pages = source(25, 10);
    const reader = streamPages(pages, encoder).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^\[i1000,/);
    expect(pages.calls).toHaveLength(1);
    let text = new TextDecoder().decode(first.value);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += new TextDecoder().decode(chunk.value);
    }
    expect(pages.calls.map((call) => call.limit)).toEqual([10, 10, 10]);
    expect(pages.calls[1]?.after).toEqual({ date: "2024-01-01", id: "i991" });
    expect(text.split(",")).toHaveLength(25);
    expect(text.endsWith("i976]")).toBe(true);
  });

  it("starts with a small page and doubles it up to the page size, never past the end", async () => {
    const pages = { ...source(100, 40), firstPageSize: 5 };
    const text = await new Response(streamPages(pages, encoder)).text();
    expect(pages.calls.map((call) => call.limit)).toEqual([5, 10, 20, 40, 40]);
    expect(pages.calls.map((call) => call.after?.id ?? null)).toEqual([null, "i996", "i986", "i966", "i926"]);
    expect(text.split(",")).toHaveLength(100);
    expect(text.endsWith("i901]")).toBe(true);
  });

  it("reads one more, empty, page when the total is a multiple of the page size", async () => {
    const pages = source(20, 10);
    const text = await new Response(streamPages(pages, encoder)).text();
    expect(pages.calls).toHaveLength(3);
    expect(text.split(",")).toHaveLength(20);
  });

  it("opens the file once, numbers the items from 0 across pages, and sends no empty chunk", async () => {
    const numbered = { ...encoder, item: (item: Item, i: number) => `${i}:${item.id};` };
    const chunks = await chunksOf(streamPages(source(20, 10), numbered));
    expect(chunks).toEqual([
      `[${Array.from({ length: 10 }, (_, i) => `${i}:i${1000 - i};`).join("")}`,
      Array.from({ length: 10 }, (_, i) => `${i + 10}:i${990 - i};`).join(""),
      "]",
    ]);
  });

  it("sends no empty chunk when the last, empty, page has no ending to write (CSV)", async () => {
    const csv = { begin: () => "h\n", item: (item: Item) => `${item.id}\n`, end: () => "" };
    const chunks = await chunksOf(streamPages(source(20, 10), csv));
    expect(chunks).toHaveLength(2);
    expect(chunks.join("").split("\n")).toHaveLength(22);
  });

  it("writes the opening and closing of an empty export", async () => {
    expect(await new Response(streamPages(source(0, 10), encoder)).text()).toBe("[]");
  });
});
