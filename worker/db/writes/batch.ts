import type { BatchItem } from "drizzle-orm/batch";
import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { forgetDatasetVersion } from "../dataset-version";
import { anyCauseSays } from "../error-causes";

/**
 * Statements a caller adds to a write's batch, e.g. a report's new status and an audit row:
 * they commit with the incident and its revision, or not at all. A function receives the
 * incident's id, for callers that need it before it is made.
 */
export type ExtraStatements =
  | readonly BatchItem<"sqlite">[]
  | ((incidentId: string) => BatchItem<"sqlite">[]);

export function extraStatements(
  extra: ExtraStatements | undefined,
  incidentId: string,
): BatchItem<"sqlite">[] {
  if (!extra) return [];
  return typeof extra === "function" ? extra(incidentId) : [...extra];
}

/**
 * Runs the statements as one D1 batch, which is one transaction: a failing statement rolls
 * back every other. A committed batch makes this isolate forget the dataset version it holds,
 * so the writer's next read shows the change. Constraint failures that mean something to a
 * caller become domain errors.
 */
export async function runWriteBatch(
  db: Db,
  statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]],
  context: { incidentId: string; expectedRevision?: number },
): Promise<void> {
  try {
    await db.batch(statements);
    forgetDatasetVersion();
  } catch (error) {
    if (anyCauseSays(error, "UNIQUE constraint failed: incident_revisions.incident_id")) {
      throw new WriteError(
        "revision_conflict",
        `Incident ${context.incidentId} changed after revision ${context.expectedRevision ?? 0}; read it again.`,
      );
    }
    if (anyCauseSays(error, "UNIQUE constraint failed: incidents.id")) {
      throw new WriteError("already_exists", `An incident ${context.incidentId} already exists.`, [
        { pointer: "/id", detail: "This id is taken." },
      ]);
    }
    throw error;
  }
}
