/**
 * Opaque keyset cursors for lists sorted by (date desc, id desc). Keyset rather than offset:
 * pages stay without gaps or repeats while rows are added, and page N costs what page 1 costs.
 */

export type CursorPosition = { date: string; id: string };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function encodeCursor(position: CursorPosition): string {
  const json = JSON.stringify([position.date, position.id]);
  // Base64url without padding; base64 has "=" only as the padding at its end.
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");
}

/** @returns null when the cursor was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const value: unknown = JSON.parse(json);
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      datePattern.test(value[0]) &&
      typeof value[1] === "string" &&
      value[1].length > 0 &&
      value[1].length <= 64
    ) {
      return { date: value[0], id: value[1] };
    }
  } catch {
    // Falls through: a malformed cursor is the client's error, reported by the caller.
  }
  return null;
}
