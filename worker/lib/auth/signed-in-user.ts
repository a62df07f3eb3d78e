import type { Context } from "hono";
import { findSessionUser } from "../../db/accounts/sessions";
import { getDb } from "../../db/client";
import type { AccountUser } from "../../domain/accounts/roles";
import { readSessionToken } from "./session-cookie";
import { hashToken } from "./tokens";

/** The user whose live session cookie came with the request, or null. */
export async function readSignedInUser<E extends { Bindings: Env }>(
  c: Context<E>,
): Promise<AccountUser | null> {
  const token = readSessionToken(c);
  if (!token || token.length > 128) return null;
  return findSessionUser(getDb(c.env), await hashToken(token), new Date());
}
