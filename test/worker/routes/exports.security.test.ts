import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { freshIp, postReport, reportBody } from "../reports-support";
import { request } from "../request";

const formats = [
  "/api/export.csv",
  "/api/export.csv?delimiter=semicolon",
  "/api/export.sources.csv",
  "/api/export.json",
  "/api/export.ndjson",
  "/api/export.geojson",
  "/api/export.veris.json",
  "/feeds/incidents.atom",
];

describe("exports and feed: private fields never appear", () => {
  it("leaves out a contributor's e-mail, IP hash, credit name and unpublished report", async () => {
    const tag = freshTag();
    const [incident] = await createIncidents(incidentInput(tag));
    const email = `${tag}@contributor.example`;
    const ip = freshIp();
    const response = await postReport(
      reportBody(tag, {
        contactEmail: email,
        creditName: `Credit ${tag}x`,
        incident: { ...(reportBody(tag).incident as object), title: `Unpublished ${tag} report` },
      }),
      { ip },
    );
    expect(response.status).toBe(202);
    const [stored] = await getDb(env).all<{ ip_hash: string; contact_email: string }>(
      sql`select ip_hash, contact_email from reports where contact_email = ${email}`,
    );
    expect(stored?.contact_email).toBe(email);

    for (const path of formats) {
      const body = await (await request(`${path}${path.includes("?") ? "&" : "?"}q=${tag}`)).text();
      expect(body, path).toContain(incident?.id);
      for (const secret of [
        email,
        stored?.ip_hash ?? "?",
        ip,
        `Credit ${tag}x`,
        `Unpublished ${tag} report`,
      ]) {
        expect(body.includes(secret), `${path} must not contain ${secret}`).toBe(false);
      }
    }
  });
});
