import { describe, expect, it } from "vitest";
import { freshTag } from "../factories";
import { countReports, postReport, reportBody } from "../reports-support";

async function pointersOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(422);
  const problem = (await response.json()) as { errors: { pointer: string }[] };
  return problem.errors.map((error) => error.pointer);
}

describe("POST /api/reports at its limits", () => {
  it("takes an Idempotency-Key of the first and last visible ASCII characters, and nothing else around them", async () => {
    const tag = freshTag();
    expect((await postReport(reportBody(tag), { headers: { "idempotency-key": "!~" } })).status).toBe(202);
    for (const key of ["ékey", "key\u00e9", "a\tb"]) {
      const response = await postReport(reportBody(tag), { headers: { "idempotency-key": key } });
      expect(response.status, key).toBe(400);
    }
    expect(await countReports(tag)).toBe(1);
  });

  it("takes a credit name of 120 characters, trimmed, and refuses 121 or only spaces", async () => {
    const tag = freshTag();
    expect((await postReport(reportBody(tag, { creditName: ` ${"c".repeat(120)} ` }))).status).toBe(202);
    expect(await pointersOf(await postReport(reportBody(tag, { creditName: "c".repeat(121) })))).toEqual([
      "/creditName",
    ]);
    expect(await pointersOf(await postReport(reportBody(tag, { creditName: "   " })))).toEqual([
      "/creditName",
    ]);
    expect(await countReports(tag)).toBe(1);
  });

  it("takes a contact e-mail of 254 characters and refuses 255", async () => {
    const tag = freshTag();
    const domain = "@hospital.example";
    const atLimit = `${"a".repeat(64)}.${"b".repeat(254 - 65 - domain.length)}${domain}`;
    expect(atLimit).toHaveLength(254);
    expect((await postReport(reportBody(tag, { contactEmail: atLimit }))).status).toBe(202);
    const over = `${"a".repeat(64)}.${"b".repeat(255 - 65 - domain.length)}${domain}`;
    expect(await pointersOf(await postReport(reportBody(tag, { contactEmail: over })))).toEqual([
      "/contactEmail",
    ]);
    expect(await countReports(tag)).toBe(1);
  });

  it("says what is wrong with a contact e-mail that is not an address", async () => {
    const tag = freshTag();
    const response = await postReport(reportBody(tag, { contactEmail: "not an address" }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
      { pointer: "/contactEmail", detail: "Expected an e-mail address." },
    ]);
    expect(await countReports(tag)).toBe(0);
  });

  it("refuses an empty Turnstile token and one over 2048 characters at /turnstileToken", async () => {
    const tag = freshTag();
    for (const turnstileToken of ["", "t".repeat(2049)]) {
      expect(await pointersOf(await postReport(reportBody(tag, { turnstileToken })))).toEqual([
        "/turnstileToken",
      ]);
    }
    expect(await countReports(tag)).toBe(0);
  });
});
