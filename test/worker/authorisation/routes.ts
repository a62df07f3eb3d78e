/** The app's endpoints as Hono lists them, and the rule that every non-public one is guarded. */
import type { Hono } from "hono";
import { ROLE_CHECK } from "../../../worker/middleware/require-role";

/** Endpoints anyone may call: public reads, report intake, and sign-in, which checks itself. */
export const publicEndpoints = new Set([
  "GET /api/incidents",
  "GET /api/incidents/:id",
  "GET /api/map",
  "GET /api/stats",
  "GET /api/regions",
  "GET /api/regions/:country",
  "GET /api/meta",
  "GET /incidents/:id",
  "GET /api/lookup",
  "GET /api/export.csv",
  "GET /api/export.sources.csv",
  "GET /api/export.json",
  "GET /api/export.ndjson",
  "GET /api/export.geojson",
  "GET /api/export.veris.json",
  "GET /api/datapackage.json",
  "GET /api/openapi.json",
  "GET /api/reference",
  "GET /feeds/incidents.atom",
  "GET /api/duplicates",
  "POST /api/reports",
  "GET /api/reports/:id/status",
  "POST /api/auth/login",
  "POST /api/auth/logout",
  "GET /api/auth/me",
  "POST /api/auth/accept-invite",
]);

type RouteEntry = { method: string; path: string; handler: unknown };

/** `METHOD path` of every endpoint (middleware registered with `use` has the method ALL). */
export function endpointsOf(app: Pick<Hono, "routes">): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))];
}

function covers(pattern: string, path: string): boolean {
  if (pattern.endsWith("/*")) {
    const prefix = pattern.slice(0, -2);
    return path === prefix || path.startsWith(`${prefix}/`);
  }
  return pattern === path;
}

/**
 * Endpoints outside the public list that no role check runs before: a role check is a handler
 * made by `requireRole` registered earlier for the same method (or all) and a covering path.
 */
export function unguardedEndpoints(app: Pick<Hono, "routes">): string[] {
  const routes = app.routes as RouteEntry[];
  return endpointsOf(app).filter((endpoint) => {
    if (publicEndpoints.has(endpoint)) return false;
    const [method, path] = endpoint.split(" ") as [string, string];
    const first = routes.findIndex((r) => r.method === method && r.path === path);
    return !routes
      .slice(0, first)
      .some(
        (r) =>
          typeof r.handler === "function" &&
          ROLE_CHECK in r.handler &&
          (r.method === "ALL" || r.method === method) &&
          covers(r.path, path),
      );
  });
}
