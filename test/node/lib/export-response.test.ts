import { describe, expect, it } from "vitest";
import { exportMetadata } from "../../../worker/domain/export/export-metadata";
import { exportHeaders } from "../../../worker/lib/export-response";

describe("an export's headers", () => {
  const dataset = { version: 42, updatedAt: "2026-11-02T10:00:00.000Z" };

  it("date the file by the export, and carry what a CSV cannot: version, licence, citation, schema", () => {
    const headers = exportHeaders(exportMetadata(dataset, null, "2026-11-30T08:15:00.000Z"), {
      stem: "healthbreach-incidents",
      extension: "csv",
      contentType: "text/csv; charset=utf-8",
    });
    expect(headers).toEqual({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="healthbreach-incidents-2026-11-30.csv"',
      "cache-control": "no-store",
      "x-dataset-version": "42",
      "x-dataset-updated-at": "2026-11-02T10:00:00.000Z",
      "x-export-time": "2026-11-30T08:15:00.000Z",
      "x-dataset-licence": expect.any(String),
      "x-dataset-citation": expect.stringContaining("42"),
      link: expect.stringMatching(
        /^<https:\/\/[^>]+>; rel="license", <\/api\/datapackage\.json>; rel="describedby"$/,
      ),
    });
  });

  it("name the instant of a dataset rebuilt as of a date, in the file name and a header", () => {
    const headers = exportHeaders(
      exportMetadata(dataset, "2024-02-29T23:59:59.000Z", "2026-11-30T08:15:00.000Z"),
      { stem: "healthbreach-incidents", extension: "ndjson", contentType: "application/x-ndjson" },
    );
    expect(headers["content-disposition"]).toBe(
      'attachment; filename="healthbreach-incidents-2026-11-30-as-of-2024-02-29.ndjson"',
    );
    expect(headers["x-dataset-as-of"]).toBe("2024-02-29T23:59:59.000Z");
    expect(headers["x-dataset-citation"]).toMatch(/Rebuilt as of 2024-02-29T23:59:59\.000Z\.$/);
  });
});
