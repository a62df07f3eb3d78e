import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed, type FeedContext } from "../../../../worker/domain/feed/atom";
import { exportRecord } from "../export/export-record";

const context: FeedContext = {
  origin: "https://healthbreach.test",
  selfUrl: "https://healthbreach.test/feeds/incidents.atom?country=FR",
  mapUrl: "https://healthbreach.test/?country=FR",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  citation: "HealthBreach Map contributors (2026), CC BY 4.0",
  updated: "2021-02-11T10:00:00.000Z",
};

type Entry = Record<string, unknown> & {
  title: unknown;
  summary: unknown;
  link: unknown[];
  category?: unknown[];
};

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => name === "entry" || name === "link" || name === "category",
  }).parse(xml);
  return parsed.feed as Record<string, unknown> & { entry?: Entry[] };
}

describe("the incidents' Atom feed", () => {
  it("is an Atom document with the feed's metadata and one entry per incident", () => {
    expect(atomFeed([exportRecord()], context)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<id>https://healthbreach.test/feeds/incidents.atom?country=FR</id>",
        "<title>HealthBreach Map: incidents</title>",
        "<subtitle>Cyberattacks and data breaches in the health sector, newly published or updated.</subtitle>",
        "<updated>2021-02-11T10:00:00.000Z</updated>",
        "<author><name>HealthBreach Map contributors</name></author>",
        '<link rel="self" type="application/atom+xml" href="https://healthbreach.test/feeds/incidents.atom?country=FR"/>',
        '<link rel="alternate" type="text/html" href="https://healthbreach.test/?country=FR"/>',
        '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>',
        "<rights>HealthBreach Map contributors (2026), CC BY 4.0</rights>",
        "<generator>HealthBreach Map</generator>",
        "<entry>" +
          "<id>https://healthbreach.test/api/incidents/fr-2021-ch-dax-abcdef</id>" +
          "<title>Ransomware at CH de Dax</title>" +
          "<updated>2021-02-11T10:00:00.000Z</updated>" +
          "<published>2021-02-10T09:00:00.000Z</published>" +
          '<link rel="alternate" type="text/html" href="https://healthbreach.test/?incident=fr-2021-ch-dax-abcdef"/>' +
          '<link rel="related" type="application/json" href="https://healthbreach.test/api/incidents/fr-2021-ch-dax-abcdef"/>' +
          '<category term="ransomware" label="Ransomware"/>' +
          "<summary>CH de Dax (FR), 2021-02-08. Systems encrypted.</summary>" +
          "</entry>",
        "</feed>",
        "",
      ].join("\n"),
    );
  });

  it("has no entry when there is no incident, and is still well-formed", () => {
    const feed = parse(atomFeed([], context));
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe("2021-02-11T10:00:00.000Z");
  });

  it("gives the number of individuals affected in the summary, zero included", () => {
    const summaries = parse(
      atomFeed(
        [exportRecord({ individualsAffected: 1200 }), exportRecord({ individualsAffected: 0 })],
        context,
      ),
    ).entry?.map((entry) => entry.summary);
    expect(summaries).toEqual([
      "CH de Dax (FR), 2021-02-08. Individuals affected: 1200. Systems encrypted.",
      "CH de Dax (FR), 2021-02-08. Individuals affected: 0. Systems encrypted.",
    ]);
  });

  it("says when the country is unknown, and leaves out the publication date it does not have", () => {
    const [entry] =
      parse(atomFeed([exportRecord({ country: null, publishedAt: null })], context)).entry ?? [];
    expect(entry?.summary).toBe("CH de Dax (unknown country), 2021-02-08. Systems encrypted.");
    expect(Object.keys(entry ?? {})).toEqual(["id", "title", "updated", "link", "category", "summary"]);
  });

  it("lists every attack type as a category with its English label", () => {
    const [entry] =
      parse(atomFeed([exportRecord({ attackTypes: ["phishing", "data_theft"] })], context)).entry ?? [];
    expect(entry?.category).toEqual([
      { "@term": "phishing", "@label": "Phishing or account compromise" },
      { "@term": "data_theft", "@label": "Data theft" },
    ]);
  });

  it("shows an incident written only in French in French, and says so with xml:lang", () => {
    const french = exportRecord({
      title: null,
      summary: null,
      titleFr: "Attaque à Dax",
      summaryFr: "Systèmes chiffrés.",
      originalLanguage: "fr",
    });
    const [entry] = parse(atomFeed([french], context)).entry ?? [];
    expect(entry?.title).toEqual({ "#text": "Attaque à Dax", "@xml:lang": "fr" });
    expect(entry?.summary).toEqual({
      "#text": "CH de Dax (FR), 2021-02-08. Systèmes chiffrés.",
      "@xml:lang": "fr",
    });
  });

  it("escapes the text and encodes the id in the map's address", () => {
    const record = exportRecord({ id: "a b&c", title: `<script>&'"`, organisationName: "R&D <Lab>" });
    const xml = atomFeed([record], context);
    const [entry] = parse(xml).entry ?? [];
    expect(entry?.title).toBe(`<script>&'"`);
    expect(entry?.link).toEqual([
      { "@rel": "alternate", "@type": "text/html", "@href": "https://healthbreach.test/?incident=a%20b%26c" },
      {
        "@rel": "related",
        "@type": "application/json",
        "@href": "https://healthbreach.test/api/incidents/a b&c",
      },
    ]);
    expect(entry?.summary).toBe("R&D <Lab> (FR), 2021-02-08. Systems encrypted.");
    expect(xml).not.toContain("<script>");
  });
});
