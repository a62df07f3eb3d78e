/**
 * One streamed export over HTTP, timed as a client sees it: the time to the first byte of the
 * body, the time to the last, the bytes, and the memory of the workerd process meanwhile.
 */
import { get } from "node:http";
import { parseCsv } from "./csv";
import { sampleMemory } from "./export-memory";

export type ExportRun = {
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  chunks: number;
  beforeRssKb: number;
  peakRssKb: number;
  hwmKb: number;
  beforeAnonKb: number;
  peakAnonKb: number;
  /** The same peak for wrangler's proxy workerd, which only `wrangler dev` has. */
  proxyPeakRssKb: number | null;
};

/**
 * @param expectRecords when given, the body is kept and read back (CSV with the bench's RFC 4180
 * reader, GeoJSON with JSON.parse), so that a fast but truncated export cannot pass.
 */
export async function timeExport(
  url: string,
  workerd: { worker: number; proxy: number | null },
  expectRecords?: number,
): Promise<ExportRun> {
  const memory = sampleMemory(workerd.worker);
  const proxyMemory = workerd.proxy === null ? null : sampleMemory(workerd.proxy);
  const start = performance.now();
  const kept: Buffer[] = [];
  let ttfbMs = Number.NaN;
  let bytes = 0;
  let chunks = 0;
  // node:http with a connection per export: workerd closes an idle keep-alive socket that
  // fetch would then reuse ("other side closed"), and one connection is what a download is.
  const download = new Promise<void>((resolve, reject) => {
    const request = get(url, { agent: false }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url}: HTTP ${response.statusCode}`));
        return;
      }
      response.on("data", (chunk: Buffer) => {
        if (chunks === 0) ttfbMs = performance.now() - start;
        bytes += chunk.length;
        chunks += 1;
        if (expectRecords !== undefined) kept.push(chunk);
      });
      response.on("end", resolve);
      response.on("error", reject);
    });
    request.on("error", reject);
  });
  let totalMs: number;
  let sampled: ReturnType<typeof memory.stop>;
  let proxyPeakRssKb: number | null;
  try {
    await download;
  } finally {
    totalMs = performance.now() - start;
    sampled = memory.stop();
    proxyPeakRssKb = proxyMemory ? proxyMemory.stop().peakRssKb : null;
  }
  const { beforeRssKb, peakRssKb, hwmKb, beforeAnonKb, peakAnonKb } = sampled;
  if (expectRecords !== undefined) checkRecords(url, Buffer.concat(kept).toString("utf8"), expectRecords);
  return {
    ttfbMs,
    totalMs,
    bytes,
    chunks,
    beforeRssKb,
    peakRssKb,
    hwmKb,
    beforeAnonKb,
    peakAnonKb,
    proxyPeakRssKb,
  };
}

function checkRecords(url: string, body: string, expected: number): void {
  const count = url.includes(".csv")
    ? parseCsv(body).length
    : (JSON.parse(body) as { features: unknown[] }).features.length;
  if (count !== expected) throw new Error(`${url}: ${count} records, expected ${expected}`);
}

/** A whole small answer on its own connection (see above): its status and its content type. */
export function probe(url: string): Promise<{ status: number; json: boolean }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          json: (response.headers["content-type"] ?? "").includes("json"),
        }),
      );
    });
    request.on("timeout", () => request.destroy(new Error(`${url}: no answer in 10 s`)));
    request.on("error", reject);
  });
}

/**
 * Downloads the export, stops reading once half of `expectedBytes` has arrived (the Worker's
 * stream then waits for the client: it pulls a page only when the previous one is taken), reads
 * the Worker's live heap while it waits, then reads on to the end. An export that kept the rows
 * it had sent, or read ahead of its client, would show it here, in proportion to the rows.
 */
export function liveHeapHalfway(
  url: string,
  expectedBytes: number,
  liveKb: () => Promise<number>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let measured: Promise<number> | null = null;
    const request = get(url, { agent: false }, (response) => {
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (measured || bytes < expectedBytes / 2) return;
        response.pause();
        measured = new Promise<void>((settle) => setTimeout(settle, 300))
          .then(liveKb)
          .finally(() => response.resume());
      });
      response.on("end", () => {
        if (!measured) reject(new Error(`${url}: ended before half of ${expectedBytes} bytes`));
        else measured.then(resolve, reject);
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
