/**
 * Public reads are pure functions of (URL, dataset version). A read is a plan (its statements
 * and how their rows become the answer, `worker/db/read-plan.ts`), so that it never costs more
 * than one D1 round trip:
 * - while the isolate holds the version (`VERSION_TTL_MS`), a client that already has it gets a
 *   304, then the Cache API answers under a key that includes the version, both with no D1
 *   round trip; only a cache miss sends the plan's statements, in one batch;
 * - otherwise the version and the plan's statements go in ONE batch, and the cache is not asked:
 *   it could only have saved that same round trip. Once per isolate per `VERSION_TTL_MS`, a read
 *   the cache or a 304 could have answered runs its query instead; that is the price of never
 *   paying two round trips, and it also stores the fresh answer.
 * A write bumps the version, which retires every cached answer at once: no purge needed. A
 * signed-in reader never uses the held version: their reads take the second path, from the
 * primary, so a moderator sees their change at once.
 */
import type { Context } from "hono";
import { type DatasetVersion, freshHeldVersion, readWithDatasetVersion } from "../db/dataset-version";
import { type ReadPlan, runPlan } from "../db/read-plan";
import type { AppEnv } from "./router";

/** How long an edge cache keeps an answer for a given version; the version makes it exact. */
const EDGE_TTL_SECONDS = 3600;

/** `plan` is built on `c.var.publicDb`, where it runs. */
export async function respondFromDatasetCache<T>(
  c: Context<AppEnv>,
  plan: ReadPlan<T>,
  answer: (data: T, dataset: DatasetVersion) => unknown | Promise<unknown>,
): Promise<Response> {
  // The Workers clock advances across I/O only, so these spans are the time spent waiting on D1.
  let started = performance.now();
  const db = c.var.publicDb;
  // A signed-in reader (a moderator) gets the version from the primary with every read, so that
  // their own change shows at once, whichever isolate answers (db/public-read-session.ts).
  const held = c.var.publicReadsFromPrimary ? undefined : freshHeldVersion();
  const read = held ? { dataset: held, finish: undefined } : await readWithDatasetVersion(db, plan);
  let dbMs = performance.now() - started;
  const { version } = read.dataset;
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
  // A URL is a GET request to the Cache API.
  const cacheKey = key.toString();
  // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
  const cache = await caches.open("public-reads");
  if (!read.finish) {
    const hit = await cache.match(cacheKey);
    if (hit) {
      return new Response(hit.body, {
        status: 200,
        headers: { ...headers, "content-type": "application/json" },
      });
    }
  }

  started = performance.now();
  const data = read.finish ? read.finish() : await runPlan(db, plan);
  const body = JSON.stringify(await answer(data, read.dataset));
  dbMs += performance.now() - started;
  const serverTiming = `db;dur=${dbMs.toFixed(1)}`;
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
