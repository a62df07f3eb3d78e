import { createRoute, z } from "@hono/zod-openapi";
import { textAnswer } from "../api/openapi-responses";
import { getIncident } from "../db/incident-queries";
import { incidentIdPattern } from "../domain/incident-id";
import { createRouter } from "../lib/router";
import { renderIncidentPage } from "../pages/incident-page";
import { pageLanguage } from "../pages/incident-page-language";
import { PAGE_CSP } from "../pages/page-csp";

/**
 * A page for people: any id, well-formed or not, that names no incident gets the same readable
 * 404 page rather than a JSON problem, so the path and `lang` are read, not refused.
 */
const incidentPageRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "The incident's canonical address: an HTML page readable without JavaScript",
  request: {
    params: z.object({ id: z.string() }),
    query: z.object({
      // A page forgives: a repeated `lang` is read as its first value, as browsers do.
      lang: z
        .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().optional())
        .openapi({ description: "`fr` or `en`; else Accept-Language." }),
    }),
  },
  responses: {
    200: textAnswer("The page, with Open Graph tags.", "text/html"),
    404: textAnswer("No incident at this address (an HTML page).", "text/html"),
  },
});

export const incidentPageRoutes = createRouter().openapi(
  incidentPageRoute,
  async function serveIncidentPage(c) {
    const { id } = c.req.valid("param");
    const incident = incidentIdPattern.test(id) ? await getIncident(c.var.publicDb, id) : null;
    const lang = pageLanguage(c.req.valid("query").lang, c.req.header("accept-language"));
    c.header("content-security-policy", PAGE_CSP);
    c.header("vary", "Accept-Language");
    if (!incident) {
      return c.html(
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>404</title></head><body><p>${lang === "fr" ? "Aucun incident à cette adresse." : "No incident at this address."} <a href="/">HealthBreach Map</a></p></body></html>`,
        404,
      );
    }
    c.header("cache-control", "public, max-age=60");
    return c.html(renderIncidentPage(incident, lang, new URL(c.req.url).origin));
  },
);
