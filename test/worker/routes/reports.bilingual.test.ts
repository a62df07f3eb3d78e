import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import type { PublicIncident } from "../../../worker/domain/public-incident";
import { call, createSession, createUser } from "../accounts";
import { freshTag } from "../factories";
import { postReport, reportBody } from "../reports-support";
import { getJson, request } from "../request";

type Problem = { status: number; errors: { pointer: string; detail: string }[] };

/** A report written in French only: the tag is in the French title. */
function frenchReport(tag: string, incident: Record<string, unknown> = {}) {
  const body = reportBody(tag);
  const { title: _title, summary: _summary, ...rest } = body.incident as Record<string, unknown>;
  return {
    ...body,
    incident: {
      ...rest,
      titleFr: `Rançongiciel ${tag} au centre hospitalier`,
      summaryFr: "Les urgences ont fonctionné en mode dégradé pendant neuf jours.",
      ...incident,
    },
  };
}

async function reportsMentioning(tag: string): Promise<number> {
  const [row] = await getDb(env).all<{ n: number }>(
    sql`SELECT count(*) AS n FROM reports WHERE payload LIKE ${`%${tag}%`}`,
  );
  return row?.n ?? -1;
}

/** Publishes a pending report as submitted, as a moderator does, and answers the incident id. */
async function publish(reportId: string): Promise<string> {
  const cookie = await createSession(await createUser("moderator"));
  const read = await call(`/api/moderation/reports/${reportId}`, { cookie });
  const response = await call(`/api/moderation/reports/${reportId}/publish`, {
    method: "POST",
    cookie,
    ifMatch: read.headers.get("etag") ?? "",
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { incidentId: string }).incidentId;
}

async function submit(body: unknown): Promise<string> {
  const response = await postReport(body);
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

describe("POST /api/reports in either language", () => {
  it("accepts a report written in French only, and records French as its original language", async () => {
    const tag = freshTag();
    const id = await submit(frenchReport(tag, { originalLanguage: "fr" }));
    const [row] = await getDb(env).all<{ payload: string }>(
      sql`SELECT payload FROM reports WHERE id = ${id}`,
    );
    const payload = JSON.parse(row?.payload ?? "{}");
    expect(payload).toMatchObject({ titleFr: expect.stringContaining(tag), originalLanguage: "fr" });
    expect(payload).not.toHaveProperty("title");
  });

  it("refuses a report with neither an English nor a French title and summary, naming both, and stores nothing", async () => {
    const tag = freshTag();
    const body = frenchReport(tag);
    const { titleFr: _t, summaryFr: _s, ...incident } = body.incident;
    const response = await postReport({ ...body, incident: { ...incident, organisationName: `Org ${tag}` } });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as Problem;
    expect(problem.errors.map((e) => e.pointer)).toEqual(["/incident/title", "/incident/titleFr"]);
    expect(await reportsMentioning(tag)).toBe(0);
  });

  it("refuses a French title without its summary, at the summary, and stores nothing", async () => {
    const tag = freshTag();
    const response = await postReport(frenchReport(tag, { summaryFr: null }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as Problem).errors.map((e) => e.pointer)).toEqual([
      "/incident/summaryFr",
    ]);
    expect(await reportsMentioning(tag)).toBe(0);
  });

  it("refuses an original language whose text is not written", async () => {
    const tag = freshTag();
    const response = await postReport(frenchReport(tag, { originalLanguage: "en" }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as Problem).errors.map((e) => e.pointer)).toEqual([
      "/incident/originalLanguage",
    ]);
    expect(await reportsMentioning(tag)).toBe(0);
  });
});

describe("a French-only report, published and then translated", () => {
  it("publishes through the write path and serves the French original, marked, until a moderator adds the English", async () => {
    const tag = freshTag();
    const incidentId = await publish(await submit(frenchReport(tag)));

    const incident = await getJson<PublicIncident>(`/api/incidents/${incidentId}`);
    expect(incident).toMatchObject({
      title: null,
      summary: null,
      titleFr: `Rançongiciel ${tag} au centre hospitalier`,
      originalLanguage: "fr",
    });
    expect(incident).not.toHaveProperty("originalTitle");
    const list = await getJson<{ items: Record<string, unknown>[] }>(`/api/incidents?q=${tag}`);
    expect(list.items).toEqual([
      expect.objectContaining({
        id: incidentId,
        title: null,
        titleFr: incident.titleFr,
        originalLanguage: "fr",
      }),
    ]);

    const page = await (await request(`/incidents/${incidentId}?lang=en`)).text();
    expect(page).toContain(`<h1 lang="fr">Rançongiciel ${tag} au centre hospitalier</h1>`);
    expect(page).toContain("Original text in French, not yet translated.");
    const frenchPage = await (await request(`/incidents/${incidentId}?lang=fr`)).text();
    expect(frenchPage).not.toContain('class="original"');

    const csv = await (await request(`/api/export.csv?q=${tag}`)).text();
    const [header, line] = csv.trim().split("\r\n");
    const cells = Object.fromEntries(
      (header ?? "").split(",").map((name, i) => [name, (line ?? "").split(",")[i]]),
    );
    expect(cells).toMatchObject({
      title: "",
      summary: "",
      titleFr: incident.titleFr,
      originalLanguage: "fr",
    });

    const json = (await (await request(`/api/export.json?q=${tag}`)).json()) as {
      incidents: Record<string, unknown>[];
    };
    expect(json.incidents).toEqual([
      expect.objectContaining({
        title: null,
        summary: null,
        titleFr: incident.titleFr,
        originalLanguage: "fr",
      }),
    ]);
    expect(json.incidents[0]).not.toHaveProperty("originalTitle");
    const veris = (await (await request(`/api/export.veris.json?q=${tag}`)).json()) as {
      incidents: { summary: string }[];
    };
    expect(veris.incidents.map((record) => record.summary)).toEqual([
      `${incident.titleFr}. ${incident.summaryFr}`,
    ]);

    const feed = await (await request(`/feeds/incidents.atom?q=${tag}`)).text();
    expect(feed).toContain(`<title xml:lang="fr">Rançongiciel ${tag} au centre hospitalier</title>`);

    const cookie = await createSession(await createUser("moderator"));
    const edited = await call(`/api/moderation/incidents/${incidentId}`, {
      method: "PATCH",
      cookie,
      ifMatch: '"r1"',
      body: {
        changes: {
          title: `Ransomware ${tag} at the hospital`,
          summary: "Emergencies ran degraded for nine days.",
        },
        reason: "English translation",
      },
    });
    expect(edited.status).toBe(200);
    const translated = await getJson<PublicIncident>(`/api/incidents/${incidentId}`);
    expect(translated).toMatchObject({
      title: `Ransomware ${tag} at the hospital`,
      titleFr: incident.titleFr,
      originalLanguage: "fr",
      revision: 2,
    });
    const englishPage = await (await request(`/incidents/${incidentId}?lang=en`)).text();
    expect(englishPage).toContain(`<h1 lang="en">Ransomware ${tag} at the hospital</h1>`);
    expect(englishPage).not.toContain('class="original"');
  });

  it("refuses an edit that would leave the incident without its original text", async () => {
    const tag = freshTag();
    const incidentId = await publish(await submit(frenchReport(tag)));
    const cookie = await createSession(await createUser("moderator"));
    const response = await call(`/api/moderation/incidents/${incidentId}`, {
      method: "PATCH",
      cookie,
      ifMatch: '"r1"',
      body: { changes: { titleFr: null, summaryFr: null }, reason: "Oops" },
    });
    expect(response.status).toBe(422);
    expect((await getJson<PublicIncident>(`/api/incidents/${incidentId}`)).revision).toBe(1);
  });
});

describe("GET /api/incidents?q= in French", () => {
  it("finds an incident by a word written only in its French summary, accents ignored", async () => {
    const tag = freshTag();
    const word = `hôpitalfr${tag}`;
    const incidentId = await publish(await submit(frenchReport(tag, { summaryFr: `Un ${word} touché.` })));
    const found = await getJson<{ items: { id: string }[] }>(
      `/api/incidents?q=${encodeURIComponent(`hopitalfr${tag}`)}`,
    );
    expect(found.items.map((item) => item.id)).toEqual([incidentId]);
    const none = await getJson<{ items: unknown[] }>(
      `/api/incidents?q=${encodeURIComponent(`hopitalfr${tag}x`)}`,
    );
    expect(none.items).toEqual([]);
  });
});
