import { createRoute } from "@hono/zod-openapi";
import { jsonAnswer, notModified } from "../api/openapi-responses";
import { noStatements } from "../db/read-plan";
import { buildDataPackage } from "../domain/export/data-package";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

const dataPackageRoute = createRoute({
  method: "get",
  path: "/datapackage.json",
  summary: "The Frictionless Data Package (v1) of the CSV exports",
  responses: {
    200: jsonAnswer("Fields with types, descriptions, enumerations and constraints."),
    ...notModified,
  },
});

/** `GET /api/datapackage.json`: the Frictionless descriptor of the CSV exports. */
export const dataPackageRoutes = createRouter().openapi(dataPackageRoute, function describeDataPackage(c) {
  const origin = new URL(c.req.url).origin;
  return respondFromDatasetCache(c, noStatements, (_, dataset) => buildDataPackage(origin, dataset));
});
