import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { readExportPage } from "../../../worker/db/export-queries";
import { createIncidents, freshTag, incidentInput } from "../factories";

describe("readExportPage", () => {
  it("reads each incident's sources, in their order, unless the export writes none", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(incidentInput(tag));
    const page = { after: null, limit: 10, asOf: null };
    const [withSources] = await readExportPage(getDb(env), { q: tag }, page);
    expect(withSources?.sources.map((source) => source.url)).toEqual(
      input?.sources.map((source) => source.url),
    );
    const [without] = await readExportPage(getDb(env), { q: tag }, { ...page, withSources: false });
    expect(without?.id).toBe(input?.id);
    expect(without?.sources).toEqual([]);
  });
});
