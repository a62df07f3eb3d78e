/**
 * `GET /api/openapi.json`, the OpenAPI 3.1 document of the public API, and `GET /api/reference`,
 * the same document as a page for people.
 */
import { createRoute } from "@hono/zod-openapi";
import type { ApiDocument } from "../api/api-document";
import { jsonAnswer, textAnswer } from "../api/openapi-responses";
import { createRouter } from "../lib/router";
import { renderApiReference } from "../pages/api-reference";
import { PAGE_CSP } from "../pages/page-csp";

const documentRoute = createRoute({
  method: "get",
  path: "/openapi.json",
  summary: "This document: the OpenAPI 3.1 description of the public API",
  responses: { 200: jsonAnswer("An OpenAPI 3.1 document.") },
});

const referenceRoute = createRoute({
  method: "get",
  path: "/reference",
  summary: "The same document as an HTML page, readable without JavaScript",
  responses: { 200: textAnswer("The API reference.", "text/html") },
});

/** The document changes only with a deployment; a client may keep it for a few minutes. */
const cacheControl = "public, max-age=300";

export function apiDocumentRoutes(documentOf: () => ApiDocument) {
  return createRouter()
    .openapi(documentRoute, function serveApiDocument(c) {
      return c.body(JSON.stringify(documentOf()), 200, {
        "content-type": "application/json",
        "cache-control": cacheControl,
      });
    })
    .openapi(referenceRoute, function serveApiReference(c) {
      c.header("content-security-policy", PAGE_CSP);
      c.header("cache-control", cacheControl);
      return c.html(renderApiReference(documentOf()));
    });
}
