/**
 * Possible duplicates of a report, for the moderator's side-by-side view: the same three
 * signals as the report form's check (source URL, organisation name, date and place), leaving
 * out the incident a correction is about.
 */

import type { PossibleDuplicate } from "../../domain/duplicates/possible-duplicate";
import { duplicateQueryOf } from "../../domain/duplicates/query-of-incident";
import type { ReportPayload } from "../../domain/report-input";
import type { Db } from "../client";
import { findPossibleDuplicates } from "../find-duplicates";

export type { PossibleDuplicate };

export function duplicatesOfReport(
  db: Db,
  payload: ReportPayload,
  excludeId: string | null,
): Promise<PossibleDuplicate[]> {
  return findPossibleDuplicates(db, duplicateQueryOf(payload, excludeId));
}
