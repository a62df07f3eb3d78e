/**
 * Login throttling, per account and per network address, counted in D1.
 *
 * Why D1 rather than the Workers Rate Limiting binding: the binding's windows are 10 or 60
 * seconds, counted per Cloudflare location and eventually consistent, so a patient guesser
 * spread over locations gets many times the limit, and it cannot count only failures nor forget
 * them on success. Guessing defence wants exact, durable counts over minutes, and a failed
 * sign-in is rare enough that one D1 write each costs nothing. Rows hold hashes, never the
 * e-mail address or the IP address, and are deleted once out of the window.
 */
import { clearFailuresStatement, countFailures, recordFailure } from "../../db/accounts/login-failures";
import type { Db } from "../../db/client";
import { ApiError } from "../problem";
import { hashToken } from "./tokens";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed in the window: a person mistyping is well within these. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type ThrottleKeys = { account: string; address: string };

/** The hashed keys of an attempt; the salt keeps the address hash from being reversed by lookup. */
export async function throttleKeys(email: string, ip: string, salt: string): Promise<ThrottleKeys> {
  return {
    account: `account:${await hashToken(`${salt}:${email}`)}`,
    address: `address:${await hashToken(`${salt}:${ip}`)}`,
  };
}

/** Throws a 429 with Retry-After when either key has used up its failures in the window. */
export async function assertNotThrottled(db: Db, keys: ThrottleKeys, now: Date): Promise<void> {
  const counts = await countFailures(db, [keys.account, keys.address], windowStart(now));
  const limits = [
    [keys.account, MAX_FAILURES_PER_ACCOUNT],
    [keys.address, MAX_FAILURES_PER_ADDRESS],
  ] as const;
  for (const [key, limit] of limits) {
    const seen = counts.get(key);
    if (seen && seen.failures >= limit) {
      const freedAt = Date.parse(seen.oldest) + LOGIN_WINDOW_MS;
      const retryAfter = Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
      throw new ApiError("rate_limited", "Too many failed sign-ins. Wait before trying again.", undefined, {
        "retry-after": String(retryAfter),
      });
    }
  }
}

export function noteFailedLogin(db: Db, keys: ThrottleKeys, now: Date): Promise<void> {
  return recordFailure(db, [keys.account, keys.address], now, windowStart(now));
}

export function forgetAccountFailures(db: Db, keys: ThrottleKeys) {
  return clearFailuresStatement(db, keys.account);
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_WINDOW_MS);
}
