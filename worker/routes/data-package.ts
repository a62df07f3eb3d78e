import { Hono } from "hono";
import { getDb } from "../db/client";
import { noStatements } from "../db/read-plan";
import { buildDataPackage } from "../domain/export/data-package";
import { respondFromDatasetCache } from "../lib/dataset-cache";

/** `GET /api/datapackage.json`: the Frictionless descriptor of the CSV exports. */
export const dataPackageRoutes = new Hono<{ Bindings: Env }>().get(
  "/datapackage.json",
  function describeDataPackage(c) {
    const origin = new URL(c.req.url).origin;
    return respondFromDatasetCache(c, getDb(c.env), noStatements, (_, dataset) =>
      buildDataPackage(origin, dataset),
    );
  },
);
