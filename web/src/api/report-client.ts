/**
 * The report intake and its companions: possible duplicates, sending a report, reading its
 * status. Types are the worker's (type-only imports); failures are `ApiProblem`s, status 0 when
 * the server could not be reached (the report may or may not have arrived: retry with the same
 * idempotency key).
 */
import type { DuplicatesResponse } from "../../../worker/api/responses";
import type { ProblemBody } from "../../../worker/lib/problem";
import { ApiProblem, isAbort } from "./client";

export type { DuplicatesResponse };
export type PossibleDuplicate = DuplicatesResponse["items"][number];

/** `202` of `POST /api/reports`. */
export type ReportAccepted = { id: string; status: "pending"; statusUrl: string };

export type ReportStatus = {
  id: string;
  kind: "new" | "correction";
  status: "pending" | "published" | "applied" | "merged" | "rejected" | "spam";
  incidentId: string | null;
  reason: string | null;
  submittedAt: string;
  decidedAt: string | null;
};

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: "application/json", ...init.headers } });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiProblem(0, "The server cannot be reached.");
  }
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") ? await response.json().catch(() => null) : null;
  if (!response.ok)
    throw new ApiProblem(
      response.status,
      `The server answered ${response.status}.`,
      body as ProblemBody | null,
    );
  return body as T;
}

export function fetchDuplicates(params: URLSearchParams, signal?: AbortSignal): Promise<DuplicatesResponse> {
  return send(`/api/duplicates?${params}`, { signal });
}

export function postReport(body: unknown, idempotencyKey: string): Promise<ReportAccepted> {
  return send("/api/reports", {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": idempotencyKey },
    body: JSON.stringify(body),
  });
}

export function fetchReportStatus(id: string, token: string): Promise<ReportStatus> {
  return send(`/api/reports/${encodeURIComponent(id)}/status`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  });
}
