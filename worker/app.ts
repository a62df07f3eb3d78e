import { secureHeaders } from "hono/secure-headers";
import { apiDocumentOf } from "./api/api-document";
import { describeErrorForLog } from "./lib/error-log";
import { ApiError, problemResponse } from "./lib/problem";
import { createRouter, provideDatabases } from "./lib/router";
import { isPrivatePath, noStore } from "./middleware/private-responses";
import { requireRole } from "./middleware/require-role";
import { requireSameOrigin } from "./middleware/same-origin";
import { adminAuditRoutes } from "./routes/admin-audit";
import { adminUserRoutes } from "./routes/admin-users";
import { apiDocumentRoutes } from "./routes/api-document";
import { authRoutes } from "./routes/auth";
import { dataPackageRoutes } from "./routes/data-package";
import { duplicateRoutes } from "./routes/duplicates";
import { exportRoutes } from "./routes/exports";
import { feedRoutes } from "./routes/feeds";
import { incidentPageRoutes } from "./routes/incident-page";
import { incidentRoutes } from "./routes/incidents";
import { lookupRoutes } from "./routes/lookup";
import { mapRoutes } from "./routes/map";
import { metaRoutes } from "./routes/meta";
import { moderationIncidentRoutes } from "./routes/moderation-incidents";
import { moderationReportRoutes } from "./routes/moderation-reports";
import { regionRoutes } from "./routes/regions";
import { reportDecisionRoutes } from "./routes/report-decisions";
import { reportRoutes } from "./routes/reports";
import { statsRoutes } from "./routes/stats";

/** The API. Static assets (the web build) are served by Workers Static Assets before this runs. */
export function createApp() {
  const app = createRouter();

  app.use("*", secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use("*", async function defaultContentSecurityPolicy(c, next) {
    await next();
    // The server-rendered pages (incident, API reference) set their own, which lets their
    // stylesheet load; secureHeaders would overwrite it, so the API's default is set here.
    if (!c.res.headers.has("content-security-policy")) {
      c.header("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
    }
  });
  app.use("*", provideDatabases());
  app.use("/api/*", async function allowReadsFromAnyOrigin(c, next) {
    await next();
    // Open data: any site may read the public API; no credentials are involved. The signed-in
    // routes are for the app's own pages only.
    if (!isPrivatePath(c.req.path)) c.header("access-control-allow-origin", "*");
  });
  app.use("/feeds/*", async function allowFeedsFromAnyOrigin(c, next) {
    await next();
    c.header("access-control-allow-origin", "*");
  });

  app.route("/incidents", incidentPageRoutes);
  app.route("/api/incidents", incidentRoutes);
  app.route("/api/map", mapRoutes);
  app.route("/api/stats", statsRoutes);
  app.route("/api/regions", regionRoutes);
  app.route("/api/meta", metaRoutes);
  app.route("/api/duplicates", duplicateRoutes);
  app.route("/api/reports", reportRoutes);
  app.route("/api/lookup", lookupRoutes);
  app.route("/api", exportRoutes);
  app.route("/api", dataPackageRoutes);
  app.route("/feeds", feedRoutes);
  // Generated on first request from every route mounted on `app`, this one included.
  app.route("/api", apiDocumentRoutes(apiDocumentOf(app)));

  // Cookie-authenticated routes: same-origin writes only (CSRF), then the role check, before any
  // handler. test/worker/authorisation/ fails if a route outside the public list lacks it.
  app.use("/api/auth/*", noStore(), requireSameOrigin());
  app.use("/api/moderation/*", noStore(), requireSameOrigin(), requireRole("moderator"));
  app.use("/api/admin/*", noStore(), requireSameOrigin(), requireRole("admin"));
  app.route("/api/auth", authRoutes);
  app.route("/api/moderation/reports", moderationReportRoutes);
  app.route("/api/moderation/reports", reportDecisionRoutes);
  app.route("/api/moderation/incidents", moderationIncidentRoutes);
  app.route("/api/admin/users", adminUserRoutes);
  app.route("/api/admin/audit", adminAuditRoutes);

  app.notFound((c) =>
    problemResponse(new ApiError("not_found", `Nothing is at ${new URL(c.req.url).pathname}.`)),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(error, new URL(c.req.url).pathname);
    // Never a stack or an internal message to a client. The log keeps the route and the error's
    // kind and message, not the query string, where a person may have typed anything.
    console.error(
      `Unhandled error on ${c.req.method} ${new URL(c.req.url).pathname}: ${describeErrorForLog(error)}`,
    );
    return problemResponse(
      new ApiError("internal_error", "Something went wrong on our side. Try again later."),
    );
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
