/**
 * Random ids and tokens, and the hashes that let the store keep secrets without knowing them.
 * WebCrypto only, so that it runs in the Worker as it is.
 */
const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  // Stryker disable next-line Regex: equivalent, see stryker-equivalent.md
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A random token of `bytes` bytes (256 bits by default), URL-safe. */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A report id: `rpt_` and 96 random bits in hex. */
export function newReportId(): string {
  return `rpt_${hex(crypto.getRandomValues(new Uint8Array(12)).buffer)}`;
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/** HMAC-SHA-256 of `message` under `key`, URL-safe: a token that can be made again from its inputs. */
export async function hmacToken(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key),
    { name: "HMAC", hash: "SHA-256" },
    // Stryker disable next-line BooleanLiteral: equivalent, see stryker-equivalent.md
    false,
    ["sign"],
  );
  return base64url(new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(message))));
}

/**
 * Compares two hex digests in time that depends on their length only, so that timing reveals
 * nothing of the stored one. (Plain code rather than the Workers-only `timingSafeEqual`, so
 * that Node scripts type-check and run it too.)
 */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  // Stryker disable next-line EqualityOperator: equivalent, see stryker-equivalent.md
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
