/** What each export format declares (media type, file name, opening bytes) and how its records join. */
import { describe, expect, it } from "vitest";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { request } from "../request";

const today = () => new Date().toISOString().slice(0, 10);

async function bytesOf(path: string): Promise<{ response: Response; body: string }> {
  const response = await request(path);
  expect(response.status).toBe(200);
  // Response.text() would drop a byte order mark: decode without dropping it.
  const body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
    await response.arrayBuffer(),
  );
  return { response, body };
}

describe("the export formats", () => {
  it.each([
    ["csv", "text/csv; charset=utf-8; header=present", "healthbreach-incidents"],
    ["sources.csv", "text/csv; charset=utf-8; header=present", "healthbreach-sources"],
    ["json", "application/json", "healthbreach-incidents"],
    ["ndjson", "application/x-ndjson", "healthbreach-incidents"],
    ["geojson", "application/geo+json", "healthbreach-incidents"],
    ["veris.json", "application/json", "healthbreach-incidents"],
  ])("export.%s is %s, saved as a dated %s file", async (extension, contentType, stem) => {
    const { response } = await bytesOf(`/api/export.${extension}?q=${freshTag()}`);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${stem}-${today()}.${extension}"`,
    );
  });

  it("starts a CSV with a byte order mark only for semicolons, the incidents' and the sources' alike", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    for (const extension of ["csv", "sources.csv"]) {
      const comma = await bytesOf(`/api/export.${extension}?q=${tag}`);
      expect(comma.body.charAt(0)).not.toBe("\uFEFF");
      expect(comma.body.split("\r\n")[0]).toContain(",");
      const semicolon = await bytesOf(`/api/export.${extension}?q=${tag}&delimiter=semicolon`);
      expect(semicolon.body.charAt(0)).toBe("\uFEFF");
      expect(semicolon.body.split("\r\n")[0]).not.toContain(",");
    }
  });

  it("joins several records into one valid document in every JSON format", async () => {
    const tag = freshTag();
    const inputs = await createIncidents(incidentInput(tag), incidentInput(tag), incidentInput(tag));
    const ids = inputs.map((input) => input.id).sort();

    const json = JSON.parse((await bytesOf(`/api/export.json?q=${tag}`)).body);
    expect(json.incidents.map((i: { id: string }) => i.id).sort()).toEqual(ids);

    const geojson = JSON.parse((await bytesOf(`/api/export.geojson?q=${tag}`)).body);
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features.map((f: { id: string }) => f.id).sort()).toEqual(ids);

    const veris = JSON.parse((await bytesOf(`/api/export.veris.json?q=${tag}`)).body);
    expect(veris.schema).toBe("VERIS 1.4");
    expect(veris.incidents).toHaveLength(3);

    const ndjson = (await bytesOf(`/api/export.ndjson?q=${tag}`)).body;
    const records = ndjson
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.id).sort()).toEqual(ids);
  });

  it("writes each record's sources into NDJSON, the format that round-trips into the importer", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(incidentInput(tag));
    const [record] = (await bytesOf(`/api/export.ndjson?q=${tag}`)).body.trimEnd().split("\n");
    expect(JSON.parse(record ?? "{}").sources).toEqual([
      expect.objectContaining({ url: input?.sources[0]?.url, kind: "press" }),
    ]);
  });
});
