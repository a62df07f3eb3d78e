/**
 * The OpenAPI 3.1 document of the public API, generated from the routes' own declarations
 * (`createRoute`): the same zod schemas that validate the requests describe them here.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { datasetLicence } from "../domain/dataset";
import type { AppEnv } from "../lib/router";

export type ApiDocument = ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>;

type DocumentConfig = Parameters<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>[0];

export const apiDocumentConfig: DocumentConfig = {
  openapi: "3.1.0",
  info: {
    title: "HealthBreach Map API",
    version: "1",
    description: [
      "Data breaches and cyberattacks in the health sector: public reads, exports, feeds and reports.",
      "All public reads are `GET`, answer JSON (or the export's format), accept any origin, and carry an `ETag` (the dataset version): send `If-None-Match` and get `304` when nothing changed.",
      "Every error is an RFC 9457 problem (`application/problem+json`) whose `errors[]` name each invalid field with a JSON Pointer.",
      "The filters `bbox`, `country`, `subdivision`, `type`, `orgType`, `verification`, `from`, `to`, `minAffected` and `q` mean the same on every read; unknown parameters are refused.",
      `The data is under ${datasetLicence.name}. The signed-in moderation, admin and sign-in routes are for the app's own console and are not described here.`,
    ].join("\n\n"),
    license: { name: datasetLicence.name, url: datasetLicence.url },
  },
  servers: [{ url: "/" }],
};

/** The document of `app`, built once per isolate: the routes do not change while it runs. */
export function apiDocumentOf(app: OpenAPIHono<AppEnv>): () => ApiDocument {
  let document: ApiDocument | undefined;
  return () => {
    document ??= app.getOpenAPI31Document(apiDocumentConfig);
    return document;
  };
}
