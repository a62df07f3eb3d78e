import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { call, createSession, createUser } from "../accounts";
import { freshTag } from "../factories";
import { postReport, reportBody } from "../reports-support";
import { getJson } from "../request";

// Bort-les-Orgues (INSEE 19028: Corrèze, Nouvelle-Aquitaine) lies on the Dordogne, the border
// with the Cantal; this point is just across it, in the Cantal (15, Auvergne-Rhône-Alpes).
const acrossTheBorder = {
  latitude: 45.4,
  longitude: 2.53,
  city: "Bort-les-Orgues",
  locationPrecision: "city",
};

function communeReport(tag: string, inseeCode: unknown) {
  const body = reportBody(tag);
  return { ...body, incident: { ...(body.incident as object), ...acrossTheBorder, inseeCode } };
}

async function reportsMentioning(tag: string): Promise<number> {
  const [row] = await getDb(env).all<{ n: number }>(
    sql`SELECT count(*) AS n FROM reports WHERE payload LIKE ${`%${tag}%`}`,
  );
  return row?.n ?? -1;
}

async function moderator() {
  return createSession(await createUser("moderator"));
}

describe("POST /api/reports with the commune's INSEE code", () => {
  it("is published in the commune's département and région, not where its point lies, and keeps the point", async () => {
    const tag = freshTag();
    const response = await postReport(communeReport(tag, "19028"));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const cookie = await moderator();
    const read = await call(`/api/moderation/reports/${id}`, { cookie });
    const published = await call(`/api/moderation/reports/${id}/publish`, {
      method: "POST",
      cookie,
      ifMatch: read.headers.get("etag") ?? "",
    });
    expect(published.status).toBe(200);
    const { incidentId } = (await published.json()) as { incidentId: string };

    const incident = await getJson<PublicIncident>(`/api/incidents/${incidentId}`);
    expect(incident).toMatchObject({
      inseeCode: "19028",
      country: "FR",
      subdivision: "FR-NAQ",
      department: "19",
      latitude: 45.4,
      longitude: 2.53,
    });

    // An edit does not move it to where the point lies either.
    const edited = await call(`/api/moderation/incidents/${incidentId}`, {
      method: "PATCH",
      cookie,
      ifMatch: '"r1"',
      body: { changes: { individualsAffected: 1200 }, reason: "The hospital's statement" },
    });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { changes: { field: string }[] }).changes.map((c) => c.field)).toEqual([
      "individualsAffected",
    ]);
    expect(await getJson<PublicIncident>(`/api/incidents/${incidentId}`)).toMatchObject({
      subdivision: "FR-NAQ",
      department: "19",
    });
    const byDepartement = await getJson<{ items: { id: string }[] }>(
      `/api/incidents?q=${tag}&subdivision=FR-19`,
    );
    expect(byDepartement.items.map((item) => item.id)).toEqual([incidentId]);
  });

  it("refuses a malformed INSEE code with 422 at its pointer, and stores nothing", async () => {
    for (const code of ["20004", "2a004", "1902", 19028]) {
      const tag = freshTag();
      const response = await postReport(communeReport(tag, code));
      expect(response.status, String(code)).toBe(422);
      const problem = (await response.json()) as { errors: { pointer: string }[] };
      expect(problem.errors.map((e) => e.pointer)).toEqual(["/incident/inseeCode"]);
      expect(await reportsMentioning(tag)).toBe(0);
    }
  });

  it("refuses a well-formed INSEE code of no commune with 422 at its pointer, and stores nothing", async () => {
    const tag = freshTag();
    const response = await postReport(communeReport(tag, "19999"));
    expect(response.status).toBe(422);
    const problem = (await response.json()) as {
      detail: string;
      errors: { pointer: string; detail: string }[];
    };
    expect(problem.detail).toBe("Check these fields: incident/inseeCode.");
    expect(problem.errors).toEqual([
      { pointer: "/incident/inseeCode", detail: "No commune of a French département has this INSEE code." },
    ]);
    expect(await reportsMentioning(tag)).toBe(0);
  });
});
