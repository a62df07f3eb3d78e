import { describe, expect, it } from "vitest";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { request } from "../request";

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await request(path, { headers });
  return { response, body: await response.text() };
}

describe("GET /incidents/:id", () => {
  it("serves the incident as HTML with its title, summary, key facts, sources and Open Graph tags", async () => {
    const [input] = await createIncidents(incidentInput(freshTag(), { individualsAffected: 1234 }));
    const { response, body } = await page(`/incidents/${input?.id}?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(body).toContain(`<title>${input?.title} · HealthBreach Map</title>`);
    expect(body).toContain(`<meta property="og:title" content="${input?.title}">`);
    expect(body).toContain(`<link rel="canonical" href="https://healthbreach.test/incidents/${input?.id}">`);
    expect(body).toContain(input?.summary);
    expect(body).toContain("1,234");
    expect(body).toContain(`href="${input?.sources[0]?.url}"`);
  });

  it("escapes every text, so a title that looks like markup stays text", async () => {
    const hostile = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
    const [input] = await createIncidents(incidentInput(freshTag(), { title: hostile, summary: hostile }));
    const { body } = await page(`/incidents/${input?.id}`);
    expect(body).not.toContain("<script>alert(1)");
    expect(body).not.toContain("<img src=x");
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("answers in French for ?lang=fr and for a French Accept-Language, and in English otherwise", async () => {
    const [input] = await createIncidents(
      incidentInput(freshTag(), { titleFr: "Attaque par rançongiciel", summaryFr: "Un résumé en français." }),
    );
    const fr = await page(`/incidents/${input?.id}?lang=fr`);
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('<h1 lang="fr">Attaque par rançongiciel</h1>');
    const accepted = await page(`/incidents/${input?.id}`, { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" });
    expect(accepted.body).toContain("Attaque par rançongiciel");
    const english = await page(`/incidents/${input?.id}`, { "accept-language": "de-DE,en;q=0.8,fr;q=0.1" });
    expect(english.body).toContain(`<h1 lang="en">${input?.title}</h1>`);
  });

  it("shows a French reader the English original, marked, when no French text exists", async () => {
    const [input] = await createIncidents(incidentInput(freshTag(), { titleFr: null, summaryFr: null }));
    const { body } = await page(`/incidents/${input?.id}?lang=fr`);
    expect(body).toContain(`<h1 lang="en">${input?.title}</h1>`);
    expect(body).toContain("Texte original en anglais");
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect((await page("/incidents/no-such-incident-anywhere")).response.status).toBe(404);
    expect((await page("/incidents/NOT%20AN%20ID")).response.status).toBe(404);
  });

  it("sends a CSP without any script source, and never unsafe-inline", async () => {
    const [input] = await createIncidents(incidentInput(freshTag()));
    const { response } = await page(`/incidents/${input?.id}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(csp).not.toContain("unsafe-inline");
  });
});
