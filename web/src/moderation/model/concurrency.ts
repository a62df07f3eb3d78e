/**
 * Optimistic concurrency as the console practises it: every state-changing call carries the
 * ETag of what the moderator read (`If-Match`), and every refusal becomes one of a few kinds
 * the views know how to explain. RFC 9110 §13.1.1: 412 means someone else changed the record.
 */

/** What was read, and the validator the server gave with it. */
export type Tagged<T> = { body: T; etag: string | null };

export class MissingEtagError extends Error {
  constructor() {
    super("This record was read without an ETag, so a change to it cannot be checked.");
    this.name = "MissingEtagError";
  }
}

/**
 * The `If-Match` header for a change to what was read. No ETag means no change: sending the
 * request without one would get a 428, or worse, overwrite someone else's work.
 * @example ifMatch('"r3"') // { "if-match": '"r3"' }
 */
export function ifMatch(etag: string | null | undefined): { "if-match": string } {
  if (!etag) throw new MissingEtagError();
  return { "if-match": etag };
}

export type ProblemKind =
  | "stale"
  | "precondition_required"
  | "signed_out"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid"
  | "too_large"
  | "rate_limited"
  | "unreachable"
  | "server";

/** The kind of a failed request, from its status (0: the server could not be reached). */
export function problemKind(status: number): ProblemKind {
  switch (status) {
    case 0:
      return "unreachable";
    case 401:
      return "signed_out";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    case 412:
      return "stale";
    case 413:
      return "too_large";
    case 428:
      return "precondition_required";
    case 429:
      return "rate_limited";
    default:
      return status >= 500 ? "server" : "invalid";
  }
}

/** Kinds after which the record on screen is known to be out of date: offer a reload. */
export function needsReload(kind: ProblemKind): boolean {
  return kind === "stale" || kind === "conflict" || kind === "not_found";
}

/** One report's validator for a bulk call, or null when the list did not give one. */
export function etagOfListed(item: { etag?: string; version?: number }): string | null {
  return item.etag ?? null;
}
