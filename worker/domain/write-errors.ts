/**
 * What the write layer (worker/db/writes) may throw. Domain errors, never HTTP problems: the
 * routes decide what each becomes (422, 404, 409, 412).
 */
import type { FieldError } from "./field-errors";

export type WriteErrorCode =
  /** The input breaks a rule of the record; `errors` points at each field. */
  | "invalid_input"
  /** No incident has this id. */
  | "not_found"
  /** The incident moved on since the caller read it: `expectedRevision` is stale. */
  | "revision_conflict"
  /** An incident with this id is already stored. */
  | "already_exists"
  /** The change does not apply to the incident in its current state (e.g. retract a retracted one). */
  | "invalid_transition";

export class WriteError extends Error {
  readonly code: WriteErrorCode;
  readonly errors: FieldError[];

  constructor(code: WriteErrorCode, detail: string, errors: FieldError[] = []) {
    super(detail);
    this.name = "WriteError";
    this.code = code;
    this.errors = errors;
  }
}
