/**
 * Times one public read over HTTP in its three regimes: cold (a URL no cache has seen, so the
 * Worker queries D1), warm (the same URL again: a Cache API hit) and revalidated (If-None-Match
 * with the current ETag: a 304 without body). Times include reading the whole body. Every
 * answer's D1 usage comes from the metered Worker's `x-bench-d1` header.
 */
import { gzipSync } from "node:zlib";
import { ECHO_PATH } from "../worker/echo";
import { type Scenario, urlOf } from "./api-scenarios";
import { type D1Sample, type D1UsageSummary, parseD1Header, summarizeD1 } from "./d1-usage";
import { type Summary, summarize, timeRepeated } from "./stats";

export type HttpResult = {
  cold: Summary;
  /** The Worker's own D1 time of the cold answers, from its `Server-Timing: db;dur=` header. */
  coldServer: Summary;
  warm: Summary;
  /**
   * The size-matched floor: the same bytes as the warm answer, served back by the bench's Worker
   * from memory (no D1, no Cache API, none of the app's work), timed right after the hits.
   */
  sizeFloor: Summary;
  revalidated: Summary;
  d1: { cold: D1UsageSummary; warm: D1UsageSummary; revalidated: D1UsageSummary };
  bytes: number;
  gzipBytes: number;
  /** What came back: `cells 812 of 100000`, `points 2051`, `items 50`. */
  shape: string;
};

export type Repetitions = { cold: number; warm: number; revalidated: number };

export async function measureHttp(base: string, scenario: Scenario, reps: Repetitions): Promise<HttpResult> {
  // One unmeasured cold request first: the first run of a query shape pays for compilation.
  await fetchOk(urlOf(base, scenario, reps.cold + 1));
  const serverTimes: number[] = [];
  const usage: Record<"cold" | "warm" | "revalidated", D1Sample[]> = { cold: [], warm: [], revalidated: [] };
  const cold = await timeRepeated(reps.cold, async (i) => {
    const { headers } = await fetchOk(urlOf(base, scenario, i + 1));
    serverTimes.push(Number(/db;dur=([\d.]+)/.exec(headers.get("server-timing") ?? "")?.[1] ?? Number.NaN));
    usage.cold.push(parseD1Header(headers));
  });

  const warmUrl = urlOf(base, scenario, 0);
  const first = await fetchOk(warmUrl);
  // The Worker stores its answer with waitUntil, after responding: give the put time to land.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await fetchOk(warmUrl);
  const warm = await timeRepeated(reps.warm, async () => {
    usage.warm.push(parseD1Header((await fetchOk(warmUrl)).headers));
  });

  const echoUrl = new URL(ECHO_PATH, base).href;
  const put = await fetchRetrying(echoUrl, {
    method: "PUT",
    body: new Uint8Array(first.body),
    headers: { "content-type": first.headers.get("content-type") ?? "" },
  });
  if (put.status !== 204) throw new Error(`${scenario.name}: PUT ${ECHO_PATH} answered ${put.status}`);
  const sizeFloor = await timeRepeated(reps.warm, async () => {
    const { body } = await fetchOk(echoUrl);
    if (body.length !== first.body.length)
      throw new Error(`${scenario.name}: the echo is not the answer's size`);
  });

  const etag = first.headers.get("etag");
  if (!etag) throw new Error(`${scenario.name}: no ETag`);
  const revalidated = await timeRepeated(reps.revalidated, async () => {
    const response = await fetchRetrying(warmUrl, { headers: { "if-none-match": etag } });
    await response.arrayBuffer();
    usage.revalidated.push(parseD1Header(response.headers));
    if (response.status !== 304) throw new Error(`${scenario.name}: expected 304, got ${response.status}`);
  });

  return {
    cold,
    coldServer: summarize(serverTimes),
    warm,
    sizeFloor,
    revalidated,
    d1: {
      cold: summarizeD1(usage.cold),
      warm: summarizeD1(usage.warm),
      revalidated: summarizeD1(usage.revalidated),
    },
    bytes: first.body.length,
    gzipBytes: gzipSync(first.body).length,
    shape: describe(JSON.parse(first.body.toString("utf8"))),
  };
}

async function fetchOk(url: string): Promise<{ body: Buffer; headers: Headers }> {
  const response = await fetchRetrying(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200)
    throw new Error(`GET ${url}: ${response.status} ${body.toString().slice(0, 500)}`);
  return { body, headers: response.headers };
}

/**
 * `wrangler dev` reloads the Worker when a file under worker/ changes (others edit the tree while
 * the bench runs), dropping the connection in flight: retry, and say so, since that sample then
 * includes a reload.
 */
async function fetchRetrying(url: string, init?: RequestInit, attempts = 5): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`  request failed (${(error as Error).message}), wrangler dev reloading? retrying`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function describe(payload: {
  mode?: string;
  total?: number;
  cells?: unknown[];
  points?: unknown[];
  items?: unknown[];
}) {
  if (payload.mode === "cells") return `cells ${payload.cells?.length} of ${payload.total}`;
  if (payload.mode === "points") return `points ${payload.points?.length}`;
  return `items ${payload.items?.length}`;
}
