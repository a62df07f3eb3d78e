/**
 * Property-based intake fuzzing: whatever arrives, intake answers with a problem or a 202,
 * never a 5xx, and stores a row only for a 202 that is a real report.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshTag } from "../factories";
import { countAllReports, postReport, reportBody } from "../reports-support";

const RUNS = 60;
// Hundreds of requests through workerd and D1 on a shared machine: seconds, not milliseconds.
const TIMEOUT_MS = 120_000;
const clientErrors = [400, 413, 415, 422];

/** Strings that have broken parsers, databases and renderers before. */
const nastyString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom(
    "\u0000",
    "\ud800",
    "\udfff",
    "a\ud83d",
    "\u202egnp.exe",
    "\u200b\u200c\u200d\ufeff",
    "e\u0301\u0301\u0301\u0301",
    "𝕳𝖊𝖆𝖑𝖙𝖍",
    "🏥💉🔒",
    "'; DROP TABLE reports; --",
    "<script>alert(1)</script>",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, as text on purpose
    "${7*7}{{7*7}}",
    "\r\n\t",
    " ",
    "",
  ),
  fc.integer({ min: 0, max: 140_000 }).map((n) => "x".repeat(n)),
);

const anyValue = fc.oneof(
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
);

describe("POST /api/reports under fuzzing", () => {
  it(
    "never answers 5xx nor stores a row for random JSON values",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          const before = await countAllReports();
          const response = await postReport(value);
          // A random object with a non-empty string `website` is a filled honeypot: 202, nothing stored.
          expect([...clientErrors, 202]).toContain(response.status);
          expect(await countAllReports()).toBe(before);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "never answers 5xx nor stores a row for malformed JSON and arbitrary text",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            nastyString,
            fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
            fc.json().map((json) => `${json}}`),
          ),
          async (raw) => {
            const before = await countAllReports();
            const response = await postReport(null, { raw });
            expect([...clientErrors, 202]).toContain(response.status);
            expect(await countAllReports()).toBe(before);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "never answers 5xx for a valid report with one field replaced by anything, and stores a row only on 202",
    async () => {
      const body = reportBody(freshTag());
      const incident = body.incident as Record<string, unknown>;
      const topFields = Object.keys(body).filter((key) => key !== "incident");
      const incidentFields = Object.keys(incident);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.tuple(fc.constant("top"), fc.constantFrom(...topFields, "unknownField")),
            fc.tuple(fc.constant("incident"), fc.constantFrom(...incidentFields)),
          ),
          anyValue,
          async ([where, field], value) => {
            const mutated =
              where === "top"
                ? { ...body, [field]: value }
                : { ...body, incident: { ...incident, [field]: value } };
            const before = await countAllReports();
            const response = await postReport(mutated);
            expect([...clientErrors, 202]).toContain(response.status);
            const filledHoneypot = field === "website" && typeof value === "string" && value.trim() !== "";
            const stored = response.status === 202 && !filledHoneypot ? 1 : 0;
            expect(await countAllReports()).toBe(before + stored);
          },
        ),
        { numRuns: RUNS * 3 },
      );
    },
    TIMEOUT_MS,
  );
});
