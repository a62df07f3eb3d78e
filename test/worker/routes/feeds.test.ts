import { env } from "cloudflare:workers";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { updateIncident } from "../../../worker/db/writes";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { request } from "../request";

type Entry = { id: string; title: string; updated: string; summary: string; category: unknown };

async function feed(query: string) {
  const response = await request(`/feeds/incidents.atom?${query}`);
  const xml = await response.text();
  expect(response.status, xml).toBe(200);
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => name === "entry" || name === "link" || name === "category",
  }).parse(xml);
  return { response, xml, feed: parsed.feed as Record<string, unknown> & { entry?: Entry[] } };
}

describe("GET /feeds/incidents.atom", () => {
  it("is well-formed Atom with the elements RFC 4287 requires, filtered like the API", async () => {
    const tag = freshTag();
    const [ransomware] = await createIncidents(
      incidentInput(tag, { title: `Ransomware <script>&'" ${tag}`, ...places.rennes }),
      incidentInput(tag, { attackTypes: ["phishing"], ...places.rennes }),
      incidentInput(tag, { ...places.berlin }),
    );
    const { response, feed: atom } = await feed(`q=${tag}&country=FR&subdivision=FR-BRE&type=ransomware`);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(atom["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(atom).toMatchObject({
      id: expect.stringContaining("/feeds/incidents.atom?q="),
      title: "HealthBreach Map: incidents",
      updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      author: { name: "HealthBreach Map contributors" },
    });
    expect(atom.link).toContainEqual(
      expect.objectContaining({ "@rel": "self", "@type": "application/atom+xml" }),
    );
    expect(atom.entry).toHaveLength(1);
    expect(atom.entry?.[0]).toMatchObject({
      id: `https://healthbreach.test/api/incidents/${ransomware?.id}`,
      title: `Ransomware <script>&'" ${tag}`,
      updated: expect.stringMatching(/Z$/),
      category: [{ "@term": "ransomware", "@label": "Ransomware" }],
    });
  });

  it("keeps an entry's id when the incident is updated, and moves it to the top", async () => {
    const tag = freshTag();
    const [first] = await createIncidents(
      incidentInput(tag),
      incidentInput(tag, { occurredOn: "2023-01-01" }),
    );
    const before = await feed(`q=${tag}`);
    const firstEntry = before.feed.entry?.find((entry) => entry.id.endsWith(`/${first?.id}`));
    await updateIncident(
      getDb(env),
      createAssetBoundarySource(env.ASSETS),
      first?.id ?? "",
      { individualsAffected: 99 },
      {
        expectedRevision: 1,
        reason: "A new statement",
      },
    );
    const after = await feed(`q=${tag}`);
    expect(after.feed.entry?.[0]?.id).toBe(firstEntry?.id);
    expect((after.feed.entry?.[0]?.updated ?? "") > (firstEntry?.updated ?? "~")).toBe(true);
    expect(after.feed.entry?.[0]?.summary).toContain("Individuals affected: 99.");
    expect(after.feed.entry).toHaveLength(2);
  });

  it("answers 304 to a reader that holds the current version", async () => {
    const { response } = await feed("country=FR");
    const again = await request("/feeds/incidents.atom?country=FR", {
      headers: { "if-none-match": response.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("refuses an unknown filter with a 400 problem", async () => {
    const response = await request("/feeds/incidents.atom?tpye=ransomware");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
