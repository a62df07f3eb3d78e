/**
 * Bytes of the first view, from the DevTools protocol: what came over the wire per response
 * (Network.loadingFinished's encodedDataLength, headers included), and the gzip size of each
 * body. wrangler dev may send bodies uncompressed while Cloudflare compresses them in
 * production, so the budget is judged on gzip sizes; wire bytes are kept beside them.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { newBenchPage, readFirstDraw } from "./browser-page";

export type Kind = "js" | "css" | "api" | "geo" | "other";
export type Bytes = { wire: number; body: number; gzip: number; count: number };
export type FirstViewBytes = {
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  /** Content-Encoding headers seen (empty: wrangler dev sent everything uncompressed). */
  encodings: string[];
  files: { url: string; kind: Kind; wire: number; body: number; gzip: number }[];
};

type Seen = { url: string; type: string; encoding?: string; wire?: number; failed?: boolean };

function kindOf(url: string, type: string): Kind {
  const path = new URL(url).pathname;
  if (type === "Script" || path.endsWith(".js")) return "js";
  if (type === "Stylesheet" || path.endsWith(".css")) return "css";
  if (path.startsWith("/api/")) return "api";
  if (path.startsWith("/geo/")) return "geo";
  return "other";
}

/** Loads `url` in a fresh context and adds up every response until the network is quiet. */
export async function measureFirstViewBytes(browser: Browser, url: string): Promise<FirstViewBytes> {
  const page = await newBenchPage(browser);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const seen = new Map<string, Seen>();
    const cancelled: string[] = [];
    const requested = new Map<string, string>();
    cdp.on("Network.requestWillBeSent", ({ requestId, request }) => requested.set(requestId, request.url));
    let lastActivity = Date.now();
    cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
      const encoding = Object.entries(response.headers).find(([k]) => k.toLowerCase() === "content-encoding");
      seen.set(requestId, { url: response.url, type, encoding: encoding?.[1] });
      lastActivity = Date.now();
    });
    // A request the page aborts (a newer view cancels the older one) never finishes: count it
    // as failed, or the wait below would never end.
    cdp.on("Network.loadingFailed", ({ requestId, canceled }) => {
      const entry = seen.get(requestId);
      if (entry) Object.assign(entry, { wire: 0, failed: true });
      if (canceled) cancelled.push(requested.get(requestId) ?? requestId);
      lastActivity = Date.now();
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      const entry = seen.get(requestId);
      if (entry) entry.wire = encodedDataLength;
      lastActivity = Date.now();
    });
    await page.goto(url, { waitUntil: "commit" });
    await readFirstDraw(page);
    // The first view is complete once nothing has moved on the network for a second.
    while (Date.now() - lastActivity < 1000 || [...seen.values()].some((s) => s.wire === undefined)) {
      await page.waitForTimeout(200);
    }

    const files: FirstViewBytes["files"] = [];
    for (const [requestId, s] of seen) {
      if (!s.url.startsWith("http") || s.failed) continue; // data: URLs cost nothing on the wire
      const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
      const raw = Buffer.from(body, base64Encoded ? "base64" : "utf8");
      const kind = kindOf(s.url, s.type);
      files.push({ url: s.url, kind, wire: s.wire ?? 0, body: raw.length, gzip: gzipSync(raw).length });
    }
    const empty = (): Bytes => ({ wire: 0, body: 0, gzip: 0, count: 0 });
    const byKind: Record<Kind, Bytes> = {
      js: empty(),
      css: empty(),
      api: empty(),
      geo: empty(),
      other: empty(),
    };
    const total = empty();
    for (const f of files) {
      for (const sum of [byKind[f.kind], total]) {
        sum.wire += f.wire;
        sum.body += f.body;
        sum.gzip += f.gzip;
        sum.count++;
      }
    }
    const encodings = [...new Set([...seen.values()].flatMap((s) => (s.encoding ? [s.encoding] : [])))];
    if (cancelled.length) console.log(`  first view: the page cancelled ${cancelled.join(", ")}`);
    return { byKind, total, encodings, files };
  } finally {
    await page.context().close();
  }
}
