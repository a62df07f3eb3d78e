/** Path parameters of the signed-in and contributor routes, checked like query parameters (400). */
import { z } from "@hono/zod-openapi";
import { incidentIdPattern, incidentIdRule } from "../domain/incident-id";

export const reportIdPattern = /^rpt_[0-9a-f]{24}$/;

export const reportIdParams = z.object({
  id: z.string().regex(reportIdPattern, "Expected rpt_ and 24 hex digits."),
});

export const userIdParams = z.object({
  id: z.string().regex(/^usr_[0-9a-f]{32}$/, "Expected usr_ and 32 hex digits."),
});

/** An incident id in a path; a malformed one is a 400 like any malformed parameter. */
export const incidentIdParams = z.object({ id: z.string().regex(incidentIdPattern, incidentIdRule) });
