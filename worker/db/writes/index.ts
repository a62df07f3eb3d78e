/**
 * The one write path of incidents, shared by the Worker's routes, the seed script, the
 * importers, the benchmarks and the tests. Each function validates its input, throws only
 * `WriteError`s (worker/domain/write-errors.ts) and writes the incident with its new revision,
 * plus the caller's `extra` statements, in one atomic D1 batch.
 */
export type { ExtraStatements } from "./batch";
export { type CreateOptions, createIncident } from "./create-incident";
export { createIncidents, MAX_BATCH_STATEMENTS, STATEMENTS_PER_CREATION } from "./create-incidents";
export { buildIncidentRows, type IncidentRows } from "./incident-rows";
export { markDuplicate } from "./mark-duplicate";
export { retractIncident } from "./retract-incident";
export type { StatusChangeOptions } from "./status-change";
export { type UpdateOptions, updateIncident } from "./update-incident";
