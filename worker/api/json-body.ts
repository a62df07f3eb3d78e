import { bodyLimit } from "hono/body-limit";
import { ApiError, problemResponse } from "../lib/problem";

/**
 * The largest report body, in bytes. A report at every field's limit (4,000-character summary,
 * 30 sources with long URLs) stays below it; anything bigger is not a report.
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
