/**
 * The report intake and moderation APIs as the browser tests drive them: intake like any
 * client (waiting out its rate limit as a polite client would), moderation with the cookies
 * of a page where a moderator signed in, the app's own Origin, and the ETag it read.
 */
import type { Page } from "playwright-core";
import { appUrl } from "./browser";

export type Answer<T = Record<string, unknown>> = { status: number; etag: string | null; body: T };

/** `POST /api/reports`; a 429 is waited out for its `Retry-After`, then sent again. */
export async function submitReport(body: unknown): Promise<Answer> {
  for (;;) {
    const response = await fetch(appUrl("/api/reports"), {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status === 429) {
      const seconds = Number(response.headers.get("retry-after") ?? "10");
      await new Promise((resolve) => setTimeout(resolve, (seconds + 1) * 1000));
      continue;
    }
    return { status: response.status, etag: response.headers.get("etag"), body: await response.json() };
  }
}

/** Calls as the moderator signed in on `page`. */
export function moderatorApi(page: Page) {
  const origin = appUrl("");
  const send = async <T>(
    method: string,
    path: string,
    data?: unknown,
    etag?: string | null,
  ): Promise<Answer<T>> => {
    const response = await page.request.fetch(appUrl(path), {
      method,
      headers: {
        origin,
        accept: "application/json",
        ...(data === undefined ? {} : { "content-type": "application/json" }),
        ...(etag ? { "if-match": etag } : {}),
      },
      ...(data === undefined ? {} : { data: JSON.stringify(data) }),
    });
    const text = await response.text();
    return {
      status: response.status(),
      etag: response.headers().etag ?? null,
      body: text ? JSON.parse(text) : null,
    };
  };
  return {
    get: <T = Record<string, unknown>>(path: string) => send<T>("GET", path),
    send,
    /** Publishes a report as submitted; the new incident's id. */
    async publish(reportId: string): Promise<string> {
      const read = await send("GET", `/api/moderation/reports/${reportId}`);
      const done = await send<{ incidentId: string }>(
        "POST",
        `/api/moderation/reports/${reportId}/publish`,
        {},
        read.etag,
      );
      if (done.status !== 200 && done.status !== 201)
        throw new Error(`publish ${reportId}: ${done.status} ${JSON.stringify(done.body)}`);
      return done.body.incidentId;
    },
    /** Edits a published incident with a reason; the answer of the PATCH. */
    async edit(incidentId: string, changes: Record<string, unknown>, reason: string): Promise<Answer> {
      const read = await send("GET", `/api/moderation/incidents/${incidentId}`);
      return send("PATCH", `/api/moderation/incidents/${incidentId}`, { changes, reason }, read.etag);
    },
  };
}
