import type { Context } from "hono";
import { ApiError } from "../lib/problem";

/**
 * Optimistic concurrency on moderation writes (RFC 9110 §13.1.1, RFC 6585 §3). Every report and
 * incident a moderator reads carries a strong ETag; a write must send it back in `If-Match`.
 * Without it: 428. With a stale one: 412, and nothing is written, so two moderators never
 * silently overwrite each other. `*` is refused like a missing header: it would match any state.
 *
 * @example
 * requireIfMatch(c, incidentEtag(incident.revision)); // throws unless If-Match is "r<revision>"
 */
export function requireIfMatch(c: Context, current: string): void {
  if (!matchesStrongly(presentIfMatch(c), current)) throw staleError();
}

/** The request's If-Match, trimmed: 428 without it, or with `*`. */
export function presentIfMatch(c: Context): string {
  // Stryker disable next-line MethodExpression: equivalent, see stryker-equivalent.md
  const header = c.req.header("if-match")?.trim();
  if (!header || header === "*") {
    throw new ApiError(
      "precondition_required",
      "Send If-Match with the ETag of the version you read, so that no one else's change is overwritten.",
    );
  }
  return header;
}

export function staleError(): ApiError {
  return new ApiError(
    "precondition_failed",
    "Someone changed this since you read it. Read it again and redo your change.",
  );
}

/** Strong comparison: weak tags never match (RFC 9110 §8.8.3.2). */
export function matchesStrongly(header: string, current: string): boolean {
  return header.split(",").some((tag) => tag.trim() === current);
}

/** `"r<revision>"`: an incident's ETag for moderation. */
export function incidentEtag(revision: number): string {
  return `"r${revision}"`;
}

/**
 * A report's ETag: `"v<version>"`, and for a correction of an existing incident also that
 * incident's revision, `"v<version>-r<revision>"`: the diff a moderator applies was read against
 * that revision, so an edit of the incident in between makes the ETag stale too.
 */
export function reportEtag(version: number, targetRevision: number | null = null): string {
  return targetRevision === null ? `"v${version}"` : `"v${version}-r${targetRevision}"`;
}

/** The revision an incident ETag names, or null when it is not one. */
export function revisionOfEtag(tag: string): number | null {
  // Stryker disable next-line MethodExpression: equivalent, see stryker-equivalent.md
  const match = /^"r(\d{1,9})"$/.exec(tag.trim());
  return match ? Number(match[1]) : null;
}
