import { describe, expect, it } from "vitest";
import { latestAllowedDate } from "../../../worker/domain/incident-input";
import { freshTag } from "../factories";
import { countAllReports, countReports, postReport, reportBody } from "../reports-support";

function withIncident(tag: string, changes: Record<string, unknown>): Record<string, unknown> {
  const body = reportBody(tag);
  return { ...body, incident: { ...(body.incident as object), ...changes } };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const invalid = (detail: string, errors: { pointer: string; detail: string }[]) => ({
  type: "/problems/unprocessable-content",
  title: "The request body is invalid.",
  status: 422,
  detail,
  instance: "/api/reports",
  errors,
});

describe("POST /api/reports refuses", () => {
  it("unknown fields, at the top and inside the incident and its sources, and stores nothing", async () => {
    const tag = freshTag();
    const body = reportBody(tag);
    const incident = body.incident as { sources: object[] };
    const response = await postReport({
      ...body,
      isAdmin: true,
      incident: { ...incident, id: "chosen-id", sources: [{ ...incident.sources[0], rank: 1 }] },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual(
      invalid("Check these fields: incident/sources/0/rank, incident/id, isAdmin.", [
        { pointer: "/incident/sources/0/rank", detail: "This field is not known." },
        { pointer: "/incident/id", detail: "This field is not known." },
        { pointer: "/isAdmin", detail: "This field is not known." },
      ]),
    );
    expect(await countReports(tag)).toBe(0);
  });

  it("missing and wrongly typed fields, each with its JSON pointer", async () => {
    const tag = freshTag();
    const { contributorRole: _role, ...body } = withIncident(tag, { latitude: "45.7", attackTypes: [] });
    const response = await postReport({ ...body, creditName: 42 });
    expect(await response.json()).toEqual(
      invalid("Check these fields: incident/latitude, incident/attackTypes, creditName, contributorRole.", [
        { pointer: "/incident/latitude", detail: "Invalid input: expected number, received string" },
        { pointer: "/incident/attackTypes", detail: "Too small: expected array to have >=1 items" },
        { pointer: "/creditName", detail: "Invalid input: expected string, received number" },
        {
          pointer: "/contributorRole",
          detail:
            'Invalid option: expected one of "victim_staff"|"patient"|"journalist"|"researcher"|"other"',
        },
      ]),
    );
    expect(await countReports(tag)).toBe(0);
  });

  it("a date after today anywhere on Earth, and accepts today", async () => {
    const latest = latestAllowedDate();
    const today = await postReport(withIncident(freshTag(), { occurredOn: latest }));
    expect(today.status).toBe(202);

    const tag = freshTag();
    const tomorrow = await postReport(withIncident(tag, { occurredOn: nextDay(latest) }));
    expect(await tomorrow.json()).toEqual(
      invalid("Check these fields: incident/occurredOn.", [
        { pointer: "/incident/occurredOn", detail: "A date may not be in the future." },
      ]),
    );
    expect(await countReports(tag)).toBe(0);
  });

  it("coordinates out of range, and accepts the edges", async () => {
    expect((await postReport(withIncident(freshTag(), { latitude: -90, longitude: 180 }))).status).toBe(202);
    const tag = freshTag();
    const response = await postReport(withIncident(tag, { latitude: 90.000001, longitude: -180.5 }));
    expect(await response.json()).toEqual(
      invalid("Check these fields: incident/latitude, incident/longitude.", [
        { pointer: "/incident/latitude", detail: "Too big: expected number to be <=90" },
        { pointer: "/incident/longitude", detail: "Too small: expected number to be >=-180" },
      ]),
    );
    expect(await countReports(tag)).toBe(0);
  });

  it("a report without a source, or with a source that is not http(s)", async () => {
    const tag = freshTag();
    const none = await postReport(withIncident(tag, { sources: [] }));
    expect(await none.json()).toEqual(
      invalid("Check these fields: incident/sources.", [
        { pointer: "/incident/sources", detail: "Cite at least one public source." },
      ]),
    );
    const source = {
      url: "ftp://files.example/leak",
      title: "A file",
      publisher: null,
      publishedOn: null,
      kind: "press",
    };
    const ftp = await postReport(withIncident(tag, { sources: [source] }));
    expect(await ftp.json()).toEqual(
      invalid("Check these fields: incident/sources/0/url.", [
        { pointer: "/incident/sources/0/url", detail: "Expected an http(s) URL." },
      ]),
    );
    expect(await countReports(tag)).toBe(0);
  });

  it("a title one character over its limit, and accepts one at the limit", async () => {
    expect((await postReport(withIncident(freshTag(), { title: "t".repeat(200) }))).status).toBe(202);
    const tag = freshTag();
    const response = await postReport({ ...withIncident(tag, { title: "t".repeat(201) }), creditName: tag });
    expect(await response.json()).toEqual(
      invalid("Check these fields: incident/title.", [
        { pointer: "/incident/title", detail: "Too big: expected string to have <=200 characters" },
      ]),
    );
  });

  it("a correction of an incident that does not exist", async () => {
    const tag = freshTag();
    const response = await postReport(reportBody(tag, { incidentId: `no-such-incident-${tag}` }));
    expect(await response.json()).toEqual(
      invalid("Check these fields: incidentId.", [
        { pointer: "/incidentId", detail: "No published incident has this id." },
      ]),
    );
    expect(await countReports(tag)).toBe(0);
  });

  it("a body that is not JSON with 400, and one not declared as JSON with 415, storing nothing", async () => {
    const before = await countAllReports();
    const malformed = await postReport(null, { raw: '{"incident": {"title": "unterminated' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      type: "/problems/malformed-body",
      title: "The request body is not well-formed JSON.",
      status: 400,
      detail: "The body is not well-formed JSON.",
      instance: "/api/reports",
    });
    // Declared as JSON means application/json itself, with parameters or none, in any case.
    for (const type of [
      "application/json-seq",
      "text/application/json",
      "application/jsonx; charset=utf-8",
    ]) {
      const other = await postReport(reportBody(freshTag()), { headers: { "content-type": type } });
      expect(other.status).toBe(415);
    }
    const form = await postReport(reportBody(freshTag()), { headers: { "content-type": "text/plain" } });
    expect(form.status).toBe(415);
    expect(await form.json()).toEqual({
      type: "/problems/unsupported-media-type",
      title: "The request body must be JSON.",
      status: 415,
      detail: "Send the body as application/json.",
      instance: "/api/reports",
    });
    expect(await countAllReports()).toBe(before);
    const declared = await postReport(reportBody(freshTag()), {
      headers: { "content-type": "Application/JSON ; charset=utf-8" },
    });
    expect(declared.status).toBe(202);
  });

  it("an Idempotency-Key that is empty, too long or not visible ASCII, with 400", async () => {
    const tag = freshTag();
    for (const key of ["", "k".repeat(256), "clé"]) {
      const response = await postReport(reportBody(tag), { headers: { "idempotency-key": key } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        type: "/problems/invalid-parameters",
        detail: "Idempotency-Key must be 1 to 255 visible ASCII characters.",
      });
    }
    const longest = await postReport(reportBody(tag), { headers: { "idempotency-key": "k".repeat(255) } });
    expect(longest.status).toBe(202);
    expect(await countReports(tag)).toBe(1);
  });
});

describe("POST /api/reports refuses personal data", () => {
  it("refuses a report containing a social security number and stores nothing, without echoing it", async () => {
    const tag = freshTag();
    const nir = "2 55 08 14 168 025 38";
    const response = await postReport(
      withIncident(tag, { summary: `The leaked file shows ${nir} for a patient.` }),
    );
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(JSON.parse(text)).toEqual(
      invalid("Personal data is not accepted. Check these fields: /incident/summary.", [
        {
          pointer: "/incident/summary",
          detail:
            "This looks like a French social security number (NIR). Personal data is never accepted: remove it.",
        },
      ]),
    );
    expect(text).not.toContain("168 025");
    expect(await countReports(tag)).toBe(0);
  });

  it("refuses an e-mail address anywhere but contactEmail, a phone, an IBAN and a card number, naming each field", async () => {
    const tag = freshTag();
    const body = withIncident(tag, {
      organisationName: "Clinic, write to dpo@clinic.example",
      threatActor: "call +33 6 12 34 56 78",
    });
    const incident = body.incident as { sources: { title: string }[] };
    incident.sources = [
      { ...incident.sources[0], title: "Refund to FR76 3000 6000 0112 3456 7890 189" } as never,
    ];
    const response = await postReport({
      ...body,
      creditName: "4111 1111 1111 1111",
      contactEmail: "me@example.org",
    });
    const problem = (await response.json()) as {
      detail: string;
      errors: { pointer: string; detail: string }[];
    };
    expect(response.status).toBe(422);
    expect(problem.detail).toBe(
      "Personal data is not accepted. Check these fields: /incident/organisationName, /incident/threatActor, /incident/sources/0/title, /creditName.",
    );
    expect(problem.errors.map((e) => [e.pointer, e.detail.split(".")[0]])).toEqual([
      ["/incident/organisationName", "This looks like an e-mail address"],
      ["/incident/threatActor", "This looks like a phone number"],
      ["/incident/sources/0/title", "This looks like a bank account number (IBAN)"],
      ["/creditName", "This looks like a payment card number"],
    ]);
    expect(JSON.stringify(problem)).not.toMatch(/dpo@|12 34 56|3000 6000|4111|me@example/);
    expect(await countReports(tag)).toBe(0);
  });

  it("accepts a contact e-mail in contactEmail, and record counts, amounts and references in the text", async () => {
    const response = await postReport(
      withIncident(freshTag(), {
        summary:
          "491 840 patients, a fine of 1,5 M€ (CNIL SAN-2022-009), CVE-2023-4966, SIRET 123 456 789 00012.",
      }),
    );
    expect(response.status).toBe(202);
  });
});
