import { Hono } from "hono";
import { getDb } from "../db/client";
import { getIncident } from "../db/incident-queries";
import { incidentIdPattern } from "../domain/incident-id";
import { renderIncidentPage } from "../pages/incident-page";
import { pageLanguage } from "../pages/incident-page-language";

/**
 * The page sends no script and takes its one stylesheet from this origin: its CSP says so, in
 * place of the API's `default-src 'none'`.
 */
const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const incidentPageRoutes = new Hono<{ Bindings: Env }>().get(
  "/:id",
  async function serveIncidentPage(c) {
    const id = c.req.param("id");
    const incident = incidentIdPattern.test(id) ? await getIncident(getDb(c.env), id) : null;
    const lang = pageLanguage(c.req.query("lang"), c.req.header("accept-language"));
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
