/**
 * Whether an error, or one of its causes, says `text`. Drivers wrap SQLite's message at varying
 * depths (D1's own error, then drizzle's query error around it), so a constraint failure is
 * recognised wherever it sits. The walk stops after 5 errors, so a cause that loops ends it.
 *
 * @example
 * if (anyCauseSays(error, "UNIQUE constraint failed: incidents.id")) throw alreadyExists();
 */
export function anyCauseSays(error: unknown, text: string): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current.message.includes(text)) return true;
    current = current.cause;
  }
  return false;
}
