import type { z } from "zod";

/** One problem with one input field; `pointer` is a JSON Pointer (RFC 6901) into the input. */
export type FieldError = { pointer: string; detail: string };

/** A JSON Pointer (RFC 6901) from a path of keys and indexes. */
export function toPointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "";
  return `/${path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

/**
 * Turns zod issues into field errors with JSON Pointers, one per unknown key, so that a client
 * can map each message to the field it sent.
 */
export function toFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  unknownKeyDetail = "This field is not known.",
): FieldError[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ pointer: toPointer([...issue.path, key]), detail: unknownKeyDetail }))
      : [{ pointer: toPointer(issue.path), detail: issue.message }],
  );
}
