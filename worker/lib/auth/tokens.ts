/**
 * Bearer secrets (session cookies, invitation links): 256 random bits, shown once to their
 * holder and stored only as a SHA-256 hash, so that a copy of the database opens no session.
 */

/** 32 random bytes, base64url without padding (43 characters). */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  // 32 bytes are 43 base64 characters and one "=" of padding, always the last.
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace("=", "");
}

/** Hex SHA-256: a token's identity in the database. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A random id with a readable prefix, e.g. `usr_3f9c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll("-", "")}`;
}
