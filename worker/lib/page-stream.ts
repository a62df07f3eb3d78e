/**
 * A response body read from the store one page at a time. The stream pulls a page only when the
 * client has taken the previous one (high-water mark 0), and reads one page ahead: while a page
 * is encoded and sent, the next is already on its way from D1, whose round trip would otherwise
 * add to every page. Memory holds two pages at most whatever the size of the export, and the
 * first bytes leave before the last rows are read. Pages start small, for a quick first byte,
 * and double up to `pageSize`, since each read costs a round trip whatever its size.
 */
import type { CursorPosition } from "../domain/cursor";

export type PageSource<T> = {
  /** The most rows one read asks for. */
  pageSize: number;
  /** The rows the first read asks for; `pageSize` when not given. */
  firstPageSize?: number;
  readPage(after: CursorPosition | null, limit: number): Promise<T[]>;
  positionOf(item: T): CursorPosition;
};

export type PageEncoder<T> = {
  begin(): string;
  item(item: T, index: number): string;
  end(): string;
};

/**
 * @example
 * new Response(streamPages({ pageSize: 500, readPage, positionOf }, { begin, item, end }))
 */
export function streamPages<T>(source: PageSource<T>, encoder: PageEncoder<T>): ReadableStream<Uint8Array> {
  const encoder8 = new TextEncoder();
  let limit = Math.min(source.firstPageSize ?? source.pageSize, source.pageSize);
  let next: Promise<T[]> | null = null;
  let index = 0;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      // Each pull takes one page and asks for the next; the one that takes a short page also ends
      // the file and closes.
      async pull(controller) {
        let text = started ? "" : encoder.begin();
        const asked = limit;
        const items = await (next ?? source.readPage(null, asked));
        started = true;
        const last = items.at(-1);
        const finished = items.length < asked;
        limit = Math.min(limit * 2, source.pageSize);
        next = !finished && last ? readAhead(source, source.positionOf(last), limit) : null;
        for (const item of items) text += encoder.item(item, index++);
        if (finished) text += encoder.end();
        if (text) controller.enqueue(encoder8.encode(text));
        if (finished) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The next page's read, started now and awaited by the next pull. */
function readAhead<T>(source: PageSource<T>, after: CursorPosition, limit: number): Promise<T[]> {
  const read = source.readPage(after, limit);
  // A client that leaves first never awaits it: its failure is then nobody's to report.
  read.catch(() => {});
  return read;
}
