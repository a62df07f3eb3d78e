import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "../lib/problem";
import { parseOrThrow } from "../lib/validation";

/** Moderation and account bodies are small; an incident with its sources fits well within this. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body and validates it: 413 over the size limit, 400 when it is not JSON, 422 with
 * a pointer per field when it does not fit `schema`. An empty body is read as `{}`, so that a
 * schema whose fields are all optional accepts it (a publish "as submitted").
 */
export async function readValidBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.output<S>> {
  // Stryker disable next-line LogicalOperator,StringLiteral: equivalent, see stryker-equivalent.md
  const declared = Number(c.req.header("content-length") ?? "0");
  // The early refusal spares reading a body that says it is too large; the count below decides.
  // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  const text = new TextDecoder().decode(bytes).trim();
  let value: unknown = {};
  if (text) {
    try {
      value = JSON.parse(text);
    } catch {
      // Never the parser's message: it quotes the body.
      throw new ApiError("malformed_body", "The body is not well-formed JSON.");
    }
  }
  return parseOrThrow(schema, value, "unprocessable_content");
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError("payload_too_large", `The body may be at most ${maxBytes} bytes.`);
}
