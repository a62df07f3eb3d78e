import { describe, expect, it } from "vitest";
import { findPersonalData, scanForPersonalData } from "../../../../worker/domain/pii";

const nir = "2 55 08 14 168 025 38";

describe("scanForPersonalData", () => {
  it("finds nothing in a value without personal data", () => {
    expect(
      scanForPersonalData({ title: "Ransomware at Dax hospital", count: 491840, tags: ["a", null, true] }),
    ).toEqual([]);
  });

  it("points at each string that holds personal data, through objects and arrays", () => {
    const report = {
      incident: { summary: `leaked ${nir}`, sources: [{ title: "ok" }, { title: "tel 06 12 34 56 78" }] },
      note: "jean@example.fr",
    };
    expect(scanForPersonalData(report)).toEqual([
      { pointer: "/incident/summary", kind: "nir" },
      { pointer: "/incident/sources/1/title", kind: "phone" },
      { pointer: "/note", kind: "email" },
    ]);
  });

  it("points at the whole document with the empty pointer when it is a string", () => {
    expect(scanForPersonalData(nir)).toEqual([{ pointer: "", kind: "nir" }]);
  });

  it("escapes ~ and / in keys as RFC 6901 says, and never checks the keys themselves", () => {
    expect(scanForPersonalData({ "a/b~c": nir, "jean@example.fr": "fine" })).toEqual([
      { pointer: "/a~1b~0c", kind: "nir" },
    ]);
  });

  it("checks numbers too: a NIR typed as a number is still a NIR", () => {
    expect(scanForPersonalData({ individualsAffected: 185057800608491 })).toEqual([
      { pointer: "/individualsAffected", kind: "nir" },
    ]);
  });

  it("names every kind a string holds, in a fixed order", () => {
    const text = `a@b.fr 06 12 34 56 78 4111111111111111 FR7630006000011234567890189 ${nir}`;
    expect(scanForPersonalData({ summary: text }).map((finding) => finding.kind)).toEqual([
      "nir",
      "iban",
      "card",
      "phone",
      "email",
    ]);
    expect(findPersonalData(text)).toBe("nir");
  });

  it("allows an e-mail address only at the listed pointers", () => {
    const body = { contactEmail: "jean@example.fr", creditName: "jean@example.fr" };
    expect(scanForPersonalData(body, { allowEmailAt: ["/contactEmail"] })).toEqual([
      { pointer: "/creditName", kind: "email" },
    ]);
    expect(scanForPersonalData(body)).toEqual([
      { pointer: "/contactEmail", kind: "email" },
      { pointer: "/creditName", kind: "email" },
    ]);
  });

  it("still refuses the other kinds at a pointer where an e-mail address is allowed", () => {
    const allowed = { allowEmailAt: ["/contactEmail"] };
    expect(scanForPersonalData({ contactEmail: "0612345678@sms.example.fr" }, allowed)).toEqual([]);
    expect(scanForPersonalData({ contactEmail: "jean@example.fr 06 12 34 56 78" }, allowed)).toEqual([
      { pointer: "/contactEmail", kind: "phone" },
    ]);
  });

  it("never repeats the value it found", () => {
    const findings = scanForPersonalData({ summary: `NIR ${nir}` });
    expect(JSON.stringify(findings)).not.toContain("168");
  });
});
