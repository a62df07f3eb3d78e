import { isStaleReport } from "../db/reports/report-decision";
import { WriteError, type WriteErrorCode } from "../domain/write-errors";
import { ApiError, type ProblemCode } from "../lib/problem";
import { staleError } from "./if-match";

const problemOf: Record<WriteErrorCode, ProblemCode> = {
  invalid_input: "unprocessable_content",
  not_found: "not_found",
  // The write layer's compare-and-set lost: someone wrote between our read and our write.
  revision_conflict: "precondition_failed",
  already_exists: "conflict",
  invalid_transition: "conflict",
};

/**
 * A write's failure as a problem: a domain error becomes its problem, and a report that moved
 * on since it was read (its decision's compare-and-set failed) a 412. Field pointers are
 * relative to the write's input; `under` says where that input sits in the request body (e.g.
 * `/changes`), except for the pointers the body has at its root (`/reason`, `/sourceUrl`…).
 */
export function toProblem(error: unknown, under = ""): unknown {
  if (isStaleReport(error)) return staleError();
  if (!(error instanceof WriteError)) return error;
  const errors = error.errors.map(({ pointer, detail }) => ({
    pointer: atRoot(pointer) || !under ? pointer : `${under}${pointer}`,
    detail,
  }));
  return new ApiError(problemOf[error.code], error.message, errors);
}

/** Awaits a write, throwing its failure as a problem (see toProblem). */
export async function asProblem<T>(write: Promise<T>, under = ""): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw toProblem(error, under);
  }
}

function atRoot(pointer: string): boolean {
  return ["/reason", "/sourceUrl", "/duplicateOf", "/changes"].some(
    (root) => pointer === root || pointer.startsWith(`${root}/`),
  );
}
