import { eq } from "drizzle-orm";
import { incidentIdPattern } from "../../domain/incident-id";
import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { incidents } from "../schema";
import { assertRevision, readCurrentIncident } from "./current-incident";
import { type StatusChangeOptions, writeStatusChange } from "./status-change";
import { validateReason } from "./validate";

/**
 * Merges a published incident into the one it duplicates: it leaves the map and the lists,
 * and its page points at `duplicateOf`, which must be a published incident other than itself.
 */
export async function markDuplicate(db: Db, id: string, duplicateOf: string, options: StatusChangeOptions) {
  const reason = validateReason(options.reason);
  if (duplicateOf === id || !incidentIdPattern.test(duplicateOf)) {
    throw new WriteError("invalid_input", "An incident duplicates another, existing incident.", [
      { pointer: "/duplicateOf", detail: "Give the id of another incident." },
    ]);
  }
  const current = await readCurrentIncident(db, id);
  if (current.row.status !== "published") {
    throw new WriteError(
      "invalid_transition",
      `Incident ${id} is ${current.row.status}; only a published one is merged.`,
    );
  }
  assertRevision(current, options.expectedRevision);
  const [target] = await db
    .select({ status: incidents.status })
    .from(incidents)
    .where(eq(incidents.id, duplicateOf));
  if (target?.status !== "published") {
    throw new WriteError("invalid_input", `No published incident ${duplicateOf} to merge into.`, [
      { pointer: "/duplicateOf", detail: "Give the id of a published incident." },
    ]);
  }
  return writeStatusChange(
    db,
    current,
    { summary: "Merged", reason, set: { status: "merged", duplicateOf } },
    options,
  );
}
