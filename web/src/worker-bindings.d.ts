/**
 * worker/db/client.ts, reached through the worker's types that the client imports, names the D1
 * binding's type, which is global in the Worker's program but not in the browser's.
 */
type D1Database = import("@cloudflare/workers-types/index").D1Database;
