import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { incidentFields } from "../../../worker/domain/export/export-fields";
import { createIncidents, freshTag, incidentInput, places } from "../factories";
import { getJson, request } from "../request";

async function text(path: string) {
  const response = await request(path);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${body}`);
  return { response, body };
}

describe("GET /api/export.csv", () => {
  it("writes a header and one RFC 4180 row per incident, lists joined with semicolons", async () => {
    const tag = freshTag();
    const [ransomware] = await createIncidents(
      incidentInput(tag, {
        attackTypes: ["ransomware", "data_theft"],
        summary: 'Two lines,\nand "quotes".',
        individualsAffected: 1234,
        regulatorActions: [
          {
            authority: "CNIL",
            reference: "SAN-2022-009",
            date: null,
            fineAmount: 1500000,
            currency: "EUR",
            url: null,
          },
        ],
      }),
      incidentInput(tag, { ...places.bordeaux, occurredOn: "2020-01-01" }),
    );
    const { body } = await text(`/api/export.csv?q=${tag}`);
    const rows: string[][] = parse(body);
    expect(rows[0]).toEqual(incidentFields.map((field) => field.name));
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(rows[0]?.map((name, i) => [name, rows[1]?.[i]]) ?? []);
    expect(record).toMatchObject({
      id: ransomware?.id,
      attackTypes: "ransomware;data_theft",
      summary: 'Two lines,\nand "quotes".',
      individualsAffected: "1234",
      affectedIsEstimate: "false",
      careDisruption: "",
      regulatorActions: JSON.stringify(ransomware?.regulatorActions),
    });
    expect(body.split("\r\n")[0]).toBe(incidentFields.map((field) => field.name).join(","));
  });

  it("neutralises text that a spreadsheet would run as a formula, and leaves negative numbers alone", async () => {
    const tag = freshTag();
    await createIncidents(
      incidentInput(tag, {
        ...places.bordeaux,
        organisationName: '=HYPERLINK("https://evil.example")',
        threatActor: "-Team",
      }),
    );
    const { body } = await text(`/api/export.csv?q=${tag}`);
    const [header, row] = parse(body) as string[][];
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell("organisationName")).toBe('\'=HYPERLINK("https://evil.example")');
    expect(cell("threatActor")).toBe("'-Team");
    expect(cell("longitude")).toBe("-0.5792");
  });

  it("separates with semicolons, after a byte order mark, when asked", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag, { attackTypes: ["ransomware", "phishing"] }));
    const response = await request(`/api/export.csv?q=${tag}&delimiter=semicolon`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Response.text() would drop the byte order mark; decode it ourselves to keep it.
    const body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(body.startsWith("\uFEFFid;status;")).toBe(true);
    const rows: string[][] = parse(body, { delimiter: ";", bom: true });
    expect(rows[1]?.[rows[0]?.indexOf("attackTypes") ?? -1]).toBe("ransomware;phishing");
  });

  it("carries the dataset version, export time, licence, citation and a dated file name", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const meta = await getJson<{ version: number }>("/api/meta");
    const { response } = await text(`/api/export.csv?q=${tag}`);
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="healthbreach-incidents-${today}.csv"`,
    );
    expect(response.headers.get("x-dataset-version")).toBe(String(meta.version));
    expect(response.headers.get("x-export-time")?.slice(0, 10)).toBe(today);
    expect(response.headers.get("x-dataset-licence")).toBe("CC-BY-4.0");
    expect(response.headers.get("x-dataset-citation")).toContain(`version ${meta.version}`);
    expect(response.headers.get("link")).toContain('</api/datapackage.json>; rel="describedby"');
  });

  it("applies the filters of GET /api/incidents", async () => {
    const tag = freshTag();
    const [, phishing] = await createIncidents(
      incidentInput(tag, { attackTypes: ["ransomware"] }),
      incidentInput(tag, { attackTypes: ["phishing"], occurredOn: "2021-12-31" }),
      incidentInput(tag, { attackTypes: ["phishing"], occurredOn: "2022-01-01" }),
    );
    const { body } = await text(`/api/export.csv?q=${tag}&type=phishing&to=2021`);
    const rows: string[][] = parse(body);
    expect(rows.slice(1).map((row) => row[0])).toEqual([phishing?.id]);
  });

  it.each([
    ["/api/export.csv?delimiter=tab", "/delimiter"],
    ["/api/export.json?delimiter=comma", "/delimiter"],
    ["/api/export.geojson?type=cyberwar", "/type/0"],
    ["/api/export.ndjson?from=2021-02-30", "/from"],
  ])("answers %s with a 400 problem pointing at %s", async (path, pointer) => {
    const response = await request(path);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
      { pointer, detail: expect.any(String) },
    ]);
  });
});

describe("GET /api/export.sources.csv", () => {
  it("writes one row per source, keyed by incident id and in order", async () => {
    const tag = freshTag();
    const [incident] = await createIncidents(
      incidentInput(tag, {
        sources: [
          {
            url: "https://cnil.example/a",
            title: "Decision",
            publisher: null,
            publishedOn: null,
            kind: "regulator",
          },
          {
            url: "https://press.example/b",
            title: "=cmd",
            publisher: "P",
            publishedOn: "2022-01-02",
            accessedOn: "2022-01-05",
            kind: "press",
          },
        ],
      }),
    );
    const { body, response } = await text(`/api/export.sources.csv?q=${tag}`);
    expect(response.headers.get("content-disposition")).toContain('filename="healthbreach-sources-');
    expect(parse(body)).toEqual([
      ["incidentId", "position", "url", "title", "publisher", "publishedOn", "accessedOn", "kind"],
      [incident?.id, "0", "https://cnil.example/a", "Decision", "", "", "", "regulator"],
      [incident?.id, "1", "https://press.example/b", "'=cmd", "P", "2022-01-02", "2022-01-05", "press"],
    ]);
  });
});
