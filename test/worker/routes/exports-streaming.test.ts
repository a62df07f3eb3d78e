import { describe, expect, it } from "vitest";
import { EXPORT_FIRST_PAGE_SIZE } from "../../../worker/routes/exports";
import { createIncidents, createManyIncidents, freshTag, incidentInput } from "../factories";
import { request } from "../request";

describe("GET /api/export.ndjson on a large slice", () => {
  it("sends its first rows before it reads the last ones, one bounded page at a time", async () => {
    const tag = freshTag();
    // Pages double from the first size: 100, 200 and 400 rows, then part of a fourth.
    const total = 7 * EXPORT_FIRST_PAGE_SIZE + 1;
    await createManyIncidents(
      Array.from({ length: total }, (_, i) =>
        incidentInput(tag, { occurredOn: `20${String(10 + (i % 10))}-0${1 + (i % 9)}-1${i % 10}` }),
      ),
    );
    const response = await request(`/api/export.ndjson?q=${tag}`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    const firstText = decoder.decode(first.value, { stream: true });
    // The transport may cut a chunk inside a line: count the lines it completes.
    const complete = firstText.split("\n").length - 1;
    expect(complete).toBeLessThanOrEqual(EXPORT_FIRST_PAGE_SIZE);

    // Added after the first chunk left, and sorted last: only a stream that has not yet read
    // its last page can include it.
    const [late] = await createIncidents(incidentInput(tag, { occurredOn: "1999-01-01" }));
    let rest = firstText;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += decoder.decode(chunk.value, { stream: true });
    }
    const ids = rest
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).id);
    expect(ids).toHaveLength(total + 1);
    expect(new Set(ids).size).toBe(total + 1);
    expect(ids.at(-1)).toBe(late?.id);
  }, 60_000);
});
