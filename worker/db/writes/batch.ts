import type { BatchItem } from "drizzle-orm/batch";
import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { forgetDatasetVersion } from "../dataset-version";

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
    const message = messagesOf(error);
    if (message.includes("UNIQUE constraint failed: incident_revisions.incident_id")) {
      throw new WriteError(
        "revision_conflict",
        `Incident ${context.incidentId} changed after revision ${context.expectedRevision ?? 0}; read it again.`,
      );
    }
    if (message.includes("UNIQUE constraint failed: incidents.id")) {
      throw new WriteError("already_exists", `An incident ${context.incidentId} already exists.`, [
        { pointer: "/id", detail: "This id is taken." },
      ]);
    }
    throw error;
  }
}

/** The messages of an error and its causes: drivers wrap SQLite's message at varying depths. */
function messagesOf(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(" | ");
}
