import { Hono } from "hono";
import type { MetaResponse } from "../api/responses";
import { getDb } from "../db/client";
import { noStatements } from "../db/read-plan";
import { citationFor, datasetLicence } from "../domain/dataset";
import { enumerations, type Label } from "../domain/enums";
import { respondFromDatasetCache } from "../lib/dataset-cache";

/** What a client needs before anything else: vocabularies with labels, version, licence. */
export const metaRoutes = new Hono<{ Bindings: Env }>().get("/", (c) =>
  respondFromDatasetCache(c, getDb(c.env), noStatements, (_, { version, updatedAt }): MetaResponse => {
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
  }),
);
