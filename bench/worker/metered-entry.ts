/**
 * The bench's Worker entry (`wrangler dev bench/worker/metered-entry.ts`): the application as
 * production runs it, with a meter around its D1 binding that reports each request's usage in
 * an `x-bench-d1` header. Never deployed: wrangler.toml's `main` is worker/index.ts, and no
 * production code knows about the meter.
 */
import { createApp } from "../../worker/app";
import { meterD1 } from "./d1-meter";

const app = createApp();

/**
 * The size-matched floor: a body the bench has just PUT here, served back from this isolate's
 * memory with the same content type, so with no D1, no Cache API and none of the app's work, but
 * with the same bytes through the same local stack (wrangler's proxy compresses what it relays).
 * A cache hit of a 190 KB answer is judged against this, not against a 0-byte 404.
 */
const ECHO_PATH = "/api/__bench/echo";
let echoed: { body: ArrayBuffer; type: string } | null = null;

async function echo(request: Request): Promise<Response> {
  if (request.method === "PUT") {
    echoed = { body: await request.arrayBuffer(), type: request.headers.get("content-type") ?? "" };
    return new Response(null, { status: 204 });
  }
  if (!echoed) return new Response("nothing to echo", { status: 404 });
  return new Response(echoed.body, { headers: { "content-type": echoed.type, "cache-control": "no-store" } });
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname === ECHO_PATH) return echo(request);
    const { db, usage } = meterD1(env.DB);
    const response = await app.fetch(request, { ...env, DB: db }, ctx);
    const metered = new Response(response.body, response);
    metered.headers.set(
      "x-bench-d1",
      `trips=${usage.trips}; rows_read=${usage.rowsRead}; sql_ms=${usage.sqlMs}; unmetered=${usage.unmetered}`,
    );
    return metered;
  },
} satisfies ExportedHandler<Env>;
