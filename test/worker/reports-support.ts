/**
 * Report intake helpers: a valid report body, a POST through the Worker's fetch handler (with
 * other settings when a test needs them), and counts of what was stored.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { getDb } from "../../worker/db/client";
import worker from "../../worker/index";
import { TURNSTILE_DUMMY_TOKEN } from "../support/fake-siteverify";
import { incidentInput } from "./factories";

const ORIGIN = "https://healthbreach.test";

/** A report of a new incident whose title carries `tag`, valid in every field. */
export function reportBody(tag: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { id: _id, ...incident } = incidentInput(tag);
  return { incident, contributorRole: "journalist", turnstileToken: TURNSTILE_DUMMY_TOKEN, ...overrides };
}

/**
 * A client address no other request uses (random, in the IPv6 documentation prefix), so that
 * rate limits never couple tests, in this file or another.
 */
export function freshIp(): string {
  const groups = Array.from(crypto.getRandomValues(new Uint16Array(6)), (group) => group.toString(16));
  return `2001:db8:${groups.join(":")}`;
}

export type PostOptions = {
  ip?: string;
  headers?: Record<string, string>;
  /** Settings that differ from the test defaults (vitest.config.ts), e.g. no TURNSTILE_SECRET. */
  env?: Partial<Record<"TURNSTILE_SECRET" | "TURNSTILE_MODE" | "IP_HASH_SALT", string | undefined>>;
  /** The body as sent, when it is not the JSON of `body`. */
  raw?: string;
};

/** POST /api/reports through the Worker's own fetch handler. */
export async function postReport(body: unknown, options: PostOptions = {}): Promise<Response> {
  const request = new Request(`${ORIGIN}/api/reports`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "cf-connecting-ip": options.ip ?? freshIp(),
      ...options.headers,
    },
    body: options.raw ?? JSON.stringify(body),
  });
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, { ...env, ...options.env } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** The id and token of a `statusUrl` (`/report/status.html#<id>.<token>`). */
export function parseStatusUrl(statusUrl: string): { id: string; token: string } {
  const match = /^\/report\/status\.html#(rpt_[0-9a-f]{24})\.([A-Za-z0-9_-]+)$/.exec(statusUrl);
  if (!match) throw new Error(`Not a status URL: ${statusUrl}`);
  return { id: match[1] as string, token: match[2] as string };
}

/** Stored reports whose proposed title contains `tag`. */
export async function countReports(tag: string): Promise<number> {
  const [row] = await getDb(env).all<{ n: number }>(
    sql`SELECT count(*) AS n FROM reports WHERE json_extract(payload, '$.title') LIKE ${`%${tag}%`}`,
  );
  return row?.n ?? -1;
}

/** Every stored report, whatever its content: for requests whose body cannot carry a tag. */
export async function countAllReports(): Promise<number> {
  const [row] = await getDb(env).all<{ n: number }>(sql`SELECT count(*) AS n FROM reports`);
  return row?.n ?? -1;
}
