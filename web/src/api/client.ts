/**
 * The one way the page talks to the API. Response types are the worker's own (type-only
 * imports); the only code it takes from worker/ is the plain format functions of worker/domain.
 * Requests go through the browser's HTTP cache, which revalidates them with the ETag the API
 * sends; a failure becomes an `ApiProblem`.
 */
import type {
  EnumerationKey,
  EnumerationName,
  IncidentPage,
  MapResponse,
  MetaResponse,
  StatsResponse,
  Versioned,
} from "../../../worker/api/responses";
import { type BoundingBox, formatBoundingBox } from "../../../worker/domain/bounding-box";
import type { Label } from "../../../worker/domain/enums";
import type { MapData } from "../../../worker/domain/map-data";
import type { IncidentSummary, PublicIncident } from "../../../worker/domain/public-incident";
import type { StatsDimension, StatsGroup } from "../../../worker/domain/stats";
import type { ProblemBody } from "../../../worker/lib/problem";
import { type Filters, filtersToParams } from "../state/filters";
import { type Answer, fetchAnswer } from "./early";

export type {
  BoundingBox as Bbox,
  EnumerationKey,
  EnumerationName,
  IncidentPage,
  IncidentSummary,
  Label,
  MapData,
  MapResponse,
  PublicIncident,
  StatsDimension,
  StatsGroup,
  StatsResponse,
  Versioned,
};
/** `GET /api/meta`. */
export type Meta = MetaResponse;

/** A failed request: an RFC 9457 problem from the API, or `status` 0 when it was unreachable. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: ProblemBody | null;

  constructor(status: number, message: string, problem: ProblemBody | null = null) {
    super(message);
    this.name = "ApiProblem";
    this.status = status;
    this.problem = problem;
  }

  /** What to show a reader: the API's own explanation, with the fields it names. */
  get readableMessage(): string {
    if (!this.problem) return this.message;
    const fields = this.problem.errors?.map((e) => `${e.pointer.replace(/^\//, "")}: ${e.detail}`) ?? [];
    return [this.problem.detail || this.problem.title, ...fields].join(" ");
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

async function getJson<T>(
  path: string,
  params: URLSearchParams | null,
  signal?: AbortSignal,
  priority: RequestPriority = "auto",
): Promise<T> {
  const query = params?.toString();
  const url = query ? `${path}?${query}` : path;
  let answer: Answer;
  try {
    answer = await fetchAnswer(url, { signal, priority });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiProblem(0, "The API cannot be reached.");
  }
  if (!answer.ok) {
    throw new ApiProblem(
      answer.status,
      `The API answered ${answer.status}.`,
      answer.body as ProblemBody | null,
    );
  }
  if (answer.body === null) throw new ApiProblem(answer.status, "The API sent something other than JSON.");
  return answer.body as T;
}

export function fetchMeta(signal?: AbortSignal): Promise<Meta> {
  return getJson("/api/meta", null, signal);
}

export function fetchMap(
  filters: Filters,
  bbox: BoundingBox,
  zoom: number,
  signal?: AbortSignal,
  priority: RequestPriority = "auto",
): Promise<MapResponse> {
  const params = filtersToParams(filters);
  params.set("bbox", formatBoundingBox(bbox));
  params.set("zoom", String(zoom));
  return getJson("/api/map", params, signal, priority);
}

export function fetchIncidents(
  filters: Filters,
  page: { limit: number; cursor: string | null; bbox?: BoundingBox },
  signal?: AbortSignal,
): Promise<IncidentPage> {
  const params = filtersToParams(filters);
  if (page.bbox) params.set("bbox", formatBoundingBox(page.bbox));
  params.set("limit", String(page.limit));
  if (page.cursor) params.set("cursor", page.cursor);
  return getJson("/api/incidents", params, signal);
}

export function fetchIncident(id: string, signal?: AbortSignal): Promise<PublicIncident> {
  return getJson(`/api/incidents/${encodeURIComponent(id)}`, null, signal);
}

export function fetchStats(
  by: StatsDimension,
  filters: Filters,
  signal?: AbortSignal,
): Promise<StatsResponse> {
  const params = filtersToParams(filters);
  params.set("by", by);
  return getJson("/api/stats", params, signal);
}
