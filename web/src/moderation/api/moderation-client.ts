/**
 * The console's calls to the moderation, auth and admin APIs. Cookies are same-origin only;
 * the browser adds the `Origin` the server checks on every state-changing call. Each answer
 * keeps its ETag, and each change sends back the one it was given (see concurrency.ts).
 */
import { ApiProblem, isAbort } from "../../api/client";
import { ifMatch, type Tagged } from "../model/concurrency";
import type {
  AuditEntry,
  DiffEntry,
  ManagedUser,
  ModerationIncident,
  ProblemBody,
  ReportDetail,
  ReportPage,
  ReportStatus,
  Role,
  User,
} from "./types";

type Options = { body?: unknown; etag?: string | null; signal?: AbortSignal };

async function call<T>(method: string, path: string, options: Options = {}): Promise<Tagged<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.etag !== undefined) Object.assign(headers, ifMatch(options.etag));
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      signal: options.signal,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiProblem(0, "The server cannot be reached.");
  }
  const type = response.headers.get("content-type") ?? "";
  const json = type.includes("json") ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiProblem(response.status, `The server answered ${response.status}.`, json as ProblemBody);
  }
  return { body: json as T, etag: response.headers.get("etag") };
}

const enc = encodeURIComponent;

export const auth = {
  me: (signal?: AbortSignal) => call<{ user: User }>("GET", "/api/auth/me", { signal }),
  login: (email: string, password: string) =>
    call<{ user: User }>("POST", "/api/auth/login", { body: { email, password } }),
  logout: () => call<null>("POST", "/api/auth/logout", { body: {} }),
  acceptInvite: (token: string, password: string) =>
    call<{ user?: User }>("POST", "/api/auth/accept-invite", { body: { token, password } }),
};

export const reports = {
  list: (status: ReportStatus, cursor: string | null, signal?: AbortSignal) =>
    call<ReportPage>(
      "GET",
      `/api/moderation/reports?status=${enc(status)}${cursor ? `&cursor=${enc(cursor)}` : ""}`,
      { signal },
    ),
  get: (id: string, signal?: AbortSignal) =>
    call<ReportDetail>("GET", `/api/moderation/reports/${enc(id)}`, { signal }),
  publish: (id: string, etag: string | null, incident?: Record<string, unknown>) =>
    call<{ incidentId: string }>("POST", `/api/moderation/reports/${enc(id)}/publish`, {
      etag,
      body: incident ? { incident } : {},
    }),
  apply: (id: string, etag: string | null, fields: string[]) =>
    call<{ incidentId?: string; changes?: DiffEntry[] }>("POST", `/api/moderation/reports/${enc(id)}/apply`, {
      etag,
      body: { fields },
    }),
  merge: (id: string, etag: string | null, duplicateOf: string) =>
    call<unknown>("POST", `/api/moderation/reports/${enc(id)}/merge`, { etag, body: { duplicateOf } }),
  reject: (id: string, etag: string | null, reason: string) =>
    call<unknown>("POST", `/api/moderation/reports/${enc(id)}/reject`, { etag, body: { reason } }),
  spam: (id: string, etag: string | null) =>
    call<unknown>("POST", `/api/moderation/reports/${enc(id)}/spam`, { etag, body: {} }),
  /** Each report is decided on its own: the answer gives each one's status (200, 412, 409…). */
  spamMany: (items: { id: string; etag: string }[]) =>
    call<{ results: { id: string; status: number }[] }>("POST", "/api/moderation/reports/spam", {
      body: { reports: items },
    }),
};

export const incidents = {
  get: (id: string, signal?: AbortSignal) =>
    call<ModerationIncident>("GET", `/api/moderation/incidents/${enc(id)}`, { signal }),
  edit: (
    id: string,
    etag: string | null,
    body: { changes: Record<string, unknown>; reason: string; sourceUrl?: string },
  ) => call<unknown>("PATCH", `/api/moderation/incidents/${enc(id)}`, { etag, body }),
  retract: (id: string, etag: string | null, reason: string) =>
    call<unknown>("POST", `/api/moderation/incidents/${enc(id)}/retract`, { etag, body: { reason } }),
};

export const admin = {
  users: (signal?: AbortSignal) =>
    call<{ items?: ManagedUser[]; users?: ManagedUser[] }>("GET", "/api/admin/users", { signal }),
  invite: (email: string, role: Role) =>
    call<Record<string, unknown>>("POST", "/api/admin/users", { body: { email, role } }),
  disable: (id: string) => call<unknown>("POST", `/api/admin/users/${enc(id)}/disable`, { body: {} }),
  enable: (id: string) => call<unknown>("POST", `/api/admin/users/${enc(id)}/enable`, { body: {} }),
  audit: (cursor: string | null, signal?: AbortSignal) =>
    call<{ items: AuditEntry[]; nextCursor?: string | null }>(
      "GET",
      `/api/admin/audit${cursor ? `?cursor=${enc(cursor)}` : ""}`,
      { signal },
    ),
};
