/**
 * The API bench's size-matched floor: a body the bench has just PUT to ECHO_PATH, served back from
 * the isolate's memory with the same content type, so with no D1, no Cache API and none of the
 * app's work, but with the same bytes through the same local stack (wrangler's proxy compresses
 * what it relays). A cache hit of a 190 KB answer is judged against this, not against a 0-byte
 * 404. Served by metered-entry.ts; called by bench/lib/http-bench.ts.
 */
export const ECHO_PATH = "/api/__bench/echo";

let echoed: { body: ArrayBuffer; type: string } | null = null;

export async function echo(request: Request): Promise<Response> {
  if (request.method === "PUT") {
    echoed = { body: await request.arrayBuffer(), type: request.headers.get("content-type") ?? "" };
    return new Response(null, { status: 204 });
  }
  if (!echoed) return new Response("nothing to echo", { status: 404 });
  return new Response(echoed.body, { headers: { "content-type": echoed.type, "cache-control": "no-store" } });
}
