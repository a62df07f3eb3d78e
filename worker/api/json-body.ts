import { bodyLimit } from "hono/body-limit";
import { ApiError, problemResponse } from "../lib/problem";

/**
 * The largest report body, in bytes. A long report (4,000-character summaries in English and
 * French, 30 sources with 1,000-character URLs) takes about 50 KiB; only a body at nearly every
 * field's maximum at once (30 sources and 20 regulator actions with 2,000-character URLs)
 * would pass 128 KiB, and that is no report.
 */
export const REPORT_BODY_LIMIT = 128 * 1024;

/** 413 over `maxSize` bytes, whether or not the client sent a Content-Length. */
export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      problemResponse(
        new ApiError("payload_too_large", `The body may not exceed ${maxSize} bytes.`),
        new URL(c.req.url).pathname,
      ),
  });
}

/** The request's JSON body: 415 when it is not declared as JSON, 400 when it does not parse. */
export async function readJsonBody(request: Request): Promise<unknown> {
  // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the body as application/json.");
  }
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    // Never the parser's message: it quotes the body.
    throw new ApiError("malformed_body", "The body is not well-formed JSON.");
  }
}
