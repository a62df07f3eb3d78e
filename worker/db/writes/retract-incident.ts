import { WriteError } from "../../domain/write-errors";
import type { Db } from "../client";
import { assertRevision, readCurrentIncident } from "./current-incident";
import { type StatusChangeOptions, writeStatusChange } from "./status-change";
import { validateReason } from "./validate";

/**
 * Retracts a published incident: it leaves the map and the lists but stays readable at its
 * address, with the reason, which is also its new revision's reason.
 */
export async function retractIncident(db: Db, id: string, options: StatusChangeOptions) {
  const reason = validateReason(options.reason);
  const current = await readCurrentIncident(db, id);
  if (current.row.status !== "published") {
    throw new WriteError(
      "invalid_transition",
      `Incident ${id} is ${current.row.status}; only a published one is retracted.`,
    );
  }
  assertRevision(current, options.expectedRevision);
  return writeStatusChange(
    db,
    current,
    { summary: "Retracted", reason, set: { status: "retracted", retractionReason: reason } },
    options,
  );
}
