import { createRoute } from "@hono/zod-openapi";
import { jsonAnswer, notModified } from "../api/openapi-responses";
import { metaResponseSchema } from "../api/response-schemas";
import type { MetaResponse } from "../api/responses";
import { noStatements } from "../db/read-plan";
import { citationFor, datasetLicence } from "../domain/dataset";
import { enumerations, type Label } from "../domain/enums";
import { respondFromDatasetCache } from "../lib/dataset-cache";
import { createRouter } from "../lib/router";

const metaRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Enumerations with fr/en labels, dataset version, licence and citation",
  responses: {
    200: jsonAnswer("What a client needs before anything else.", metaResponseSchema),
    ...notModified,
  },
});

/** What a client needs before anything else: vocabularies with labels, version, licence. */
export const metaRoutes = createRouter().openapi(metaRoute, function describeDataset(c) {
  return respondFromDatasetCache(c, noStatements, (_, { version, updatedAt }): MetaResponse => {
    return {
      name: "HealthBreach Map",
      version,
      updatedAt,
      licence: datasetLicence,
      citation: citationFor(version, updatedAt),
      languages: ["fr", "en"],
      // Object.fromEntries forgets which list goes with which name; each entry is built from its own.
      enumerations: Object.fromEntries(
        Object.entries(enumerations).map(([name, { keys, labels }]) => [
          name,
          keys.map((key) => ({ key, label: (labels as Record<string, Label>)[key] })),
        ]),
      ) as unknown as MetaResponse["enumerations"],
    };
  });
});
