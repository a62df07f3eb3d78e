import type { z } from "zod";
import { toFieldErrors } from "../domain/field-errors";
import { ApiError } from "./problem";

type InvalidInputCode = "invalid_parameters" | "unprocessable_content";

/** The 400/422 problem that names every invalid field of a failed parse. */
export function invalidInput(issues: readonly z.core.$ZodIssue[], code: InvalidInputCode): ApiError {
  const unknown = code === "invalid_parameters" ? "This parameter is not known." : "This field is not known.";
  const errors = toFieldErrors(issues, unknown);
  const names = [...new Set(errors.map((e) => e.pointer.slice(1) || "(root)"))].join(", ");
  return new ApiError(code, `Check these fields: ${names}.`, errors);
}

/** Parses `input` or throws the 400/422 problem that names every invalid field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: InvalidInputCode = "invalid_parameters",
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(result.error.issues, code);
}
