import { ApiError } from "../lib/problem";
import { hmacToken, randomToken, sha256Hex } from "../lib/secrets";

/** The contributor's private status page: the token is in the fragment, which no server or log sees. */
export function statusUrl(reportId: string, token: string): string {
  return `/report/status.html#${reportId}.${token}`;
}

/**
 * A report's status token. With an `Idempotency-Key`, it is derived from the key and the report
 * id, so that a retry gets the same answer while the store keeps only the token's hash.
 */
export function statusToken(reportId: string, idempotencyKey: string | null): Promise<string> | string {
  return idempotencyKey ? hmacToken(idempotencyKey, `report-status:${reportId}`) : randomToken();
}

/** `Idempotency-Key` (draft-ietf-httpapi-idempotency-key): 1–255 visible ASCII characters. */
export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[\x21-\x7e]{1,255}$/.test(header)) {
    throw new ApiError("invalid_parameters", "Idempotency-Key must be 1 to 255 visible ASCII characters.");
  }
  return header;
}

/** A filled honeypot: people never see the `website` field, robots fill it. */
export function isHoneypotFilled(body: unknown): boolean {
  // Any JSON value: a list or a primitive has no `website`, and null none to read.
  const website = (body as { website?: unknown } | null)?.website;
  return typeof website === "string" && website.trim() !== "";
}

/** The salted hash that stands for an IP address in the store and the rate limiter. */
export function hashClientIp(salt: string, ip: string | null): Promise<string> {
  return sha256Hex(`${salt}\n${ip ?? "unknown"}`);
}
