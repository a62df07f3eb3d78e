import { Hono } from "hono";
import { getDb } from "../db/client";
import { readDatasetVersion } from "../db/dataset-version";
import { citationFor, datasetLicence } from "../domain/dataset";
import { enumerations } from "../domain/enums";
import { respondFromDatasetCache } from "../lib/dataset-cache";

/** What a client needs before anything else: vocabularies with labels, version, licence. */
export const metaRoutes = new Hono<{ Bindings: Env }>().get("/", (c) =>
  respondFromDatasetCache(c, async () => {
    const { version, updatedAt } = await readDatasetVersion(getDb(c.env));
    return {
      name: "HealthBreach Map",
      version,
      updatedAt,
      licence: datasetLicence,
      citation: citationFor(version, updatedAt),
      languages: ["fr", "en"],
      enumerations: Object.fromEntries(
        Object.entries(enumerations).map(([name, { keys, labels }]) => [
          name,
          keys.map((key) => ({ key, label: labels[key as keyof typeof labels] })),
        ]),
      ),
    };
  }),
);
