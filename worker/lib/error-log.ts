import { DrizzleQueryError } from "drizzle-orm/errors";

/**
 * What the server log may say about an unexpected error. A failed query's message carries its
 * bound parameters, which can be a contributor's contact e-mail or an IP hash: the log gets the
 * SQL and the driver's reason, never the parameters.
 */
export function describeErrorForLog(error: Error): string {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : "no cause";
    return `query failed (${cause}) in: ${error.query}`;
  }
  return `${error.name}: ${error.message}`;
}
