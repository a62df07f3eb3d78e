import { WriteError, type WriteErrorCode } from "../domain/write-errors";
import { ApiError, type ProblemCode } from "../lib/problem";

const problemOf: Record<WriteErrorCode, ProblemCode> = {
  invalid_input: "unprocessable_content",
  not_found: "not_found",
  // The write layer's compare-and-set lost: someone wrote between our read and our write.
  revision_conflict: "precondition_failed",
  already_exists: "conflict",
  invalid_transition: "conflict",
};

/**
 * Runs a write of the write layer and turns its domain errors into problems. Field pointers
 * are relative to the write's input; `under` says where that input sits in the request body
 * (e.g. `/changes`), except for pointers the body has at its root (`/reason`, `/sourceUrl`).
 */
export async function asProblem<T>(write: Promise<T>, under = ""): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const errors = error.errors.map(({ pointer, detail }) => ({
      pointer: atRoot(pointer) || !under ? pointer : `${under}${pointer}`,
      detail,
    }));
    throw new ApiError(problemOf[error.code], error.message, errors);
  }
}

function atRoot(pointer: string): boolean {
  return ["/reason", "/sourceUrl", "/duplicateOf", "/changes"].some(
    (root) => pointer === root || pointer.startsWith(`${root}/`),
  );
}
