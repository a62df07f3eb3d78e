import type { z } from "zod";
import { ApiError, type FieldError } from "./problem";

/**
 * Turns zod issues into field errors with JSON Pointers. Query parameters are pointed at as
 * `/name` so that a client can map each message to the parameter it sent.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          pointer: toPointer([...issue.path, key]),
          detail: "This parameter is not known.",
        }))
      : [{ pointer: toPointer(issue.path), detail: issue.message }],
  );
}

function toPointer(path: readonly PropertyKey[]): string {
  return `/${path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

/** Parses `input` or throws the 400/422 problem that names every invalid field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: "invalid_parameters" | "unprocessable_content" = "invalid_parameters",
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues);
  const names = [...new Set(errors.map((e) => e.pointer.slice(1) || "(root)"))].join(", ");
  throw new ApiError(code, `Check these fields: ${names}.`, errors);
}
