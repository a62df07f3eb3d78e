/**
 * The app's environment type and its router factory: every router is made by `createRouter()`,
 * so that none can forget the validation hook, and every handler finds its databases on the
 * context (`c.var.db`, `c.var.publicDb`) rather than opening them itself.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import { type Db, getDb } from "../db/client";
import { openPublicReadSession } from "../db/public-read-session";
import type { AccountUser } from "../domain/accounts/roles";
import { readSessionToken } from "./auth/session-cookie";
import { invalidInput } from "./validation";

export type AppVariables = {
  /** Sequentially consistent: writes, moderation, accounts, and reads that must see them. */
  db: Db;
  /** Public reads, in a D1 session that a read replica may serve (`openPublicReadSession`). */
  publicDb: Db;
  /** The reader is signed in: their public reads go to the primary, version included. */
  publicReadsFromPrimary: boolean;
};

export type AppEnv = { Bindings: Env; Variables: AppVariables };

/** A route behind `requireRole`: the signed-in user is `c.var.user`. */
export type SignedInEnv = { Bindings: Env; Variables: AppVariables & { user: AccountUser } };

/**
 * Query, path and body validation failures become our RFC 9457 problems: 400 for parameters
 * (query and path alike), 422 for a JSON body, each field with its pointer.
 */
function answerInvalidInput(result: { success: boolean; target: string; error?: unknown }): void {
  if (result.success) return;
  const issues = (result.error as { issues: z.core.$ZodIssue[] }).issues;
  throw invalidInput(issues, result.target === "json" ? "unprocessable_content" : "invalid_parameters");
}

/**
 * @example
 * export const statsRoutes = createRouter().openapi(statsRoute, async function countIncidents(c) { … });
 */
export function createRouter<E extends AppEnv = AppEnv>() {
  return new OpenAPIHono<E>({ defaultHook: answerInvalidInput });
}

/** Puts the request's database handles on the context, once, before any route. */
export function provideDatabases(): MiddlewareHandler<AppEnv> {
  return async function provideDatabases(c, next) {
    c.set("db", getDb(c.env));
    // Only the cookie's presence counts: checking it would cost a query, and a forged one buys
    // nothing but the primary's slower path.
    const publicReads = openPublicReadSession(c.env, { signedIn: readSessionToken(c) !== undefined });
    c.set("publicDb", publicReads.db);
    c.set("publicReadsFromPrimary", publicReads.readsFromPrimary);
    await next();
  };
}
