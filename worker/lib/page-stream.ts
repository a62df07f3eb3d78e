/**
 * A response body read from the store one page at a time. The stream pulls a page only when the
 * client has taken the previous one (high-water mark 0), so memory holds one page whatever the
 * size of the export, and the first bytes leave before the last rows are read. Pages start
 * small, for a quick first byte, and double up to `pageSize`, since each read costs a round
 * trip whatever its size.
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
  let after: CursorPosition | null = null;
  let limit = Math.min(source.firstPageSize ?? source.pageSize, source.pageSize);
  let index = 0;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      // Each pull reads one page; the one that reads a short page also ends the file and closes.
      async pull(controller) {
        let text = started ? "" : encoder.begin();
        started = true;
        const items = await source.readPage(after, limit);
        // Joined rather than appended, so the encoder gets one flat string (see csvLineOf).
        text += items.map((item) => encoder.item(item, index++)).join("");
        const last = items.at(-1);
        if (last) after = source.positionOf(last);
        const finished = items.length < limit;
        limit = Math.min(limit * 2, source.pageSize);
        if (finished) text += encoder.end();
        if (text) controller.enqueue(encoder8.encode(text));
        if (finished) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
