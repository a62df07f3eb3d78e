/**
 * Every failure the API sends has one shape: an RFC 9457 problem details object
 * (`application/problem+json`). Handlers `throw new ApiError(...)`; `app.onError` renders it.
 * The closed list of codes below is the whole vocabulary of errors a client can meet.
 */

export const problemCodes = {
  invalid_parameters: { status: 400, title: "The request parameters are invalid." },
  malformed_body: { status: 400, title: "The request body is not well-formed JSON." },
  unauthorized: { status: 401, title: "Sign in first." },
  forbidden: { status: 403, title: "This is not allowed." },
  not_found: { status: 404, title: "The resource does not exist." },
  method_not_allowed: { status: 405, title: "The method is not allowed on this resource." },
  conflict: { status: 409, title: "The request conflicts with the current state of the resource." },
  precondition_failed: { status: 412, title: "The resource has changed since you read it." },
  payload_too_large: { status: 413, title: "The request body is too large." },
  unsupported_media_type: { status: 415, title: "The request body must be JSON." },
  unprocessable_content: { status: 422, title: "The request body is invalid." },
  precondition_required: { status: 428, title: "Send If-Match with the ETag you read." },
  rate_limited: { status: 429, title: "Too many requests." },
  internal_error: { status: 500, title: "The server could not complete the request." },
  service_unavailable: { status: 503, title: "The service is not available." },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCodes;

/** One problem with one input field; `pointer` is a JSON Pointer (RFC 6901) into the input. */
export type FieldError = { pointer: string; detail: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
};

/** The problem type URI of a code, relative to the API origin and documented in the README. */
export function problemType(code: ProblemCode): string {
  return `/problems/${code.replaceAll("_", "-")}`;
}

export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  /** Response headers the problem needs, e.g. `Retry-After` on a 429. */
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail: string,
    errors?: FieldError[],
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.errors = errors;
    this.headers = headers;
  }

  get status(): number {
    return problemCodes[this.code].status;
  }

  toBody(instance?: string): ProblemBody {
    const { status, title } = problemCodes[this.code];
    return {
      type: problemType(this.code),
      title,
      status,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors?.length ? { errors: this.errors } : {}),
    };
  }
}

/** Renders a problem as a Response with the right media type and no caching. */
export function problemResponse(error: ApiError, instance?: string): Response {
  return new Response(JSON.stringify(error.toBody(instance)), {
    status: error.status,
    headers: { ...error.headers, "content-type": "application/problem+json", "cache-control": "no-store" },
  });
}
