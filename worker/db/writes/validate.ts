import type { z } from "zod";
import { toFieldErrors } from "../../domain/field-errors";
import { WriteError } from "../../domain/write-errors";

/** Parses a write's input or throws `invalid_input` naming every invalid field. */
export function validateWrite<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues);
  const names = [...new Set(errors.map((e) => e.pointer.slice(1) || "(root)"))].join(", ");
  throw new WriteError("invalid_input", `Check these fields: ${names}.`, errors);
}

/** A change's reason: said by a person, shown in the public history. */
export function validateReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > 1000) {
    throw new WriteError("invalid_input", "Give a reason of 1 to 1000 characters.", [
      { pointer: "/reason", detail: "Give a reason of 1 to 1000 characters." },
    ]);
  }
  return trimmed;
}
