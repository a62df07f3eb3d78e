/**
 * Public reads are pure functions of (URL, dataset version). Every read first learns the version,
 * held by the isolate for a few seconds (`VERSION_TTL_MS`) so that a 304 or a cache hit costs no
 * D1 round trip, answers 304 to a client that already holds that version (ETag),
 * then tries the Cache API under a key that includes the version, and only then queries D1.
 * A write bumps the version, which retires every cached answer at once: no purge needed.
 */
import type { Context } from "hono";
import { heldDatasetVersion } from "../db/dataset-version";
import type { AppEnv } from "./router";

/** How long an edge cache keeps an answer for a given version; the version makes it exact. */
const EDGE_TTL_SECONDS = 3600;

export async function respondFromDatasetCache(
  c: Context<AppEnv>,
  compute: (version: number, updatedAt: string) => Promise<unknown>,
): Promise<Response> {
  const { version, updatedAt } = await heldDatasetVersion(c.var.publicDb);
  const etag = `W/"${version}"`;
  const headers = {
    etag,
    "cache-control": "public, max-age=0, must-revalidate",
    "x-dataset-version": String(version),
  };
  if (matchesEtag(c.req.header("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }

  const key = new URL(c.req.url);
  // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
  key.searchParams.set("__dataset_version", String(version));
  const cacheKey = new Request(key.toString(), { method: "GET" });
  const cache = await caches.open("public-reads");
  const hit = await cache.match(cacheKey);
  if (hit) {
    return new Response(hit.body, {
      status: 200,
      headers: { ...headers, "content-type": "application/json" },
    });
  }

  // The Workers clock advances across I/O only, so this is the time spent waiting on D1.
  const started = performance.now();
  const body = JSON.stringify(await compute(version, updatedAt));
  const serverTiming = `db;dur=${(performance.now() - started).toFixed(1)}`;
  const stored = new Response(body, {
    headers: {
      // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
      "content-type": "application/json",
      "cache-control": `public, max-age=${EDGE_TTL_SECONDS}`,
    },
  });
  c.executionCtx.waitUntil(cache.put(cacheKey, stored));
  return new Response(body, {
    status: 200,
    headers: { ...headers, "content-type": "application/json", "server-timing": serverTiming },
  });
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags, or `*`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  // Stryker disable next-line MethodExpression: equivalent, see stryker-equivalent.md
  if (header.trim() === "*") return true;
  // Stryker disable next-line Regex: equivalent, see stryker-equivalent.md
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}
