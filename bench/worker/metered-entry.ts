/**
 * The bench's Worker entry (`wrangler dev bench/worker/metered-entry.ts`): the application as
 * production runs it, with a meter around its D1 binding that reports each request's usage in
 * an `x-bench-d1` header, and the size-matched floor of echo.ts. Never deployed: wrangler.toml's
 * `main` is worker/index.ts, and no production code knows about the meter.
 */
import { createApp } from "../../worker/app";
import { meterD1 } from "./d1-meter";
import { ECHO_PATH, echo } from "./echo";

const app = createApp();

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
