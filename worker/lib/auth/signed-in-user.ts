import type { Context } from "hono";
import { findSessionUser } from "../../db/accounts/sessions";
import type { AccountUser } from "../../domain/accounts/roles";
import type { AppEnv } from "../router";
import { readSessionToken } from "./session-cookie";
import { hashToken } from "./tokens";

/** The user whose live session cookie came with the request, or null. */
export async function readSignedInUser<E extends AppEnv>(c: Context<E>): Promise<AccountUser | null> {
  const token = readSessionToken(c);
  if (!token || token.length > 128) return null;
  return findSessionUser(c.var.db, await hashToken(token), new Date());
}
