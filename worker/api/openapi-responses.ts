/**
 * The answers routes declare for the OpenAPI document. JSON bodies are declared by their schemas
 * (`response-schemas.ts`, checked against the types in `responses.ts`); every failure is a
 * problem, whose one schema is below.
 */
import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { type ProblemBody, type ProblemCode, problemCodes, problemType } from "../lib/problem";

type ResponseDeclaration = RouteConfig["responses"][string];

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: problemType("invalid_parameters") }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          pointer: z.string().openapi({ description: "A JSON Pointer (RFC 6901) into the input." }),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .openapi("Problem", { description: "An RFC 9457 problem; `type` is one of the codes in the README." });

/** `true` when A and B are the same type: a compile-time check between a schema and a type. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The schema says what `ApiError.toBody` writes; the build fails when the two part. */
export const problemSchemaFitsBody: Same<z.infer<typeof problemSchema>, ProblemBody> = true;

/** The problems a route may answer, each under its status. */
export function problems(...codes: ProblemCode[]): Record<number, ResponseDeclaration> {
  const byStatus: Record<number, ResponseDeclaration> = {};
  for (const code of codes) {
    const { status, title } = problemCodes[code];
    const earlier = (byStatus[status] as { description?: string } | undefined)?.description;
    byStatus[status] = {
      description: earlier ? `${earlier} Or: ${title}` : title,
      content: { "application/problem+json": { schema: problemSchema } },
    };
  }
  return byStatus;
}

/**
 * A JSON answer, described by its schema (`response-schemas.ts`); a document of another
 * standard's shape (OpenAPI, Data Package) is declared as an object.
 */
export function jsonAnswer(
  description: string,
  schema: z.ZodType | { type: "object" } = { type: "object" },
): ResponseDeclaration {
  return { description, content: { "application/json": { schema } } };
}

/** A file or text answer of another media type (CSV, NDJSON, Atom, HTML). */
export function textAnswer(description: string, mediaType: string): ResponseDeclaration {
  return { description, content: { [mediaType]: { schema: { type: "string" } } } };
}

export const notModified: Record<number, ResponseDeclaration> = {
  304: { description: "Not modified: the `If-None-Match` ETag is the current dataset version." },
};

/**
 * A route of the signed-in console (moderation, admin, sign-in): declared and validated like the
 * others, but left out of the public document; the README describes it.
 */
export function consoleRoute<const R extends Omit<RouteConfig, "responses" | "hide">>(config: R) {
  return createRoute({ ...config, hide: true, responses: { 200: { description: "See the README." } } });
}
