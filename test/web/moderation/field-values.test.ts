import { describe, expect, it } from "vitest";
import { fieldValueText } from "../../../web/src/i18n/field-values";
import { fieldValue } from "../../../web/src/moderation/model/editable-fields";

const labelOf = (name: string, key: string) => `${name}:${key}`;
const words = {
  none: "(none)",
  yes: "yes",
  no: "no",
  formatNumber: (n: number) => n.toLocaleString("en-GB"),
};
const text = (field: string, value: unknown) => fieldValueText(field, value, labelOf, words);

describe("a field's value as text", () => {
  it("names enumeration keys by their label", () => {
    expect(text("verification", "confirmed")).toBe("verification:confirmed");
    expect(text("attackTypes", ["ransomware", "data_theft"])).toBe(
      "attackType:ransomware, attackType:data_theft",
    );
    expect(text("occurredPrecision", "month")).toBe("datePrecision:month");
  });

  it("says none for null, empty and missing values, and never 0 for unknown", () => {
    for (const value of [null, undefined, "", []]) expect(text("threatActor", value)).toBe("(none)");
    expect(text("individualsAffected", 0)).toBe("0");
    expect(text("individualsAffected", 192_700_000)).toBe("192,700,000");
  });

  it("spells out booleans, sources, ransoms and regulator actions", () => {
    expect(text("ransomPaid", false)).toBe("no");
    expect(
      text("sources", [
        { title: "CNIL", url: "https://cnil.fr/x" },
        { title: "B", url: "https://b.example" },
      ]),
    ).toBe("CNIL — https://cnil.fr/x\nB — https://b.example");
    expect(text("ransomDemanded", { amount: 10_000_000, currency: "USD" })).toBe("10,000,000 USD");
    expect(
      text("regulatorActions", [{ authority: "CNIL", reference: "SAN-2022-009", date: null, url: null }]),
    ).toBe("CNIL, SAN-2022-009");
  });

  it("keeps coordinates exact", () => {
    expect(text("latitude", 43.7102)).toBe("43.7102");
  });

  it("keeps markup as the characters it is", () => {
    expect(text("title", "<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("a form's text as a field's value", () => {
  it("makes an empty optional field null, and keeps a required one empty for the server to refuse", () => {
    expect(fieldValue({ field: "city", kind: "text", required: false, max: 120 }, "  ")).toBeNull();
    expect(fieldValue({ field: "title", kind: "text", required: true, max: 200 }, " ")).toBe("");
    expect(fieldValue({ field: "occurredOn", kind: "date" }, "")).toBeNull();
  });

  it("reads counts written with spaces or separators, and unknown as null", () => {
    const count = { field: "individualsAffected", kind: "count" } as const;
    expect(fieldValue(count, "192 700 000")).toBe(192_700_000);
    expect(fieldValue(count, "1,000")).toBe(1000);
    expect(fieldValue(count, "")).toBeNull();
    expect(fieldValue(count, "many")).toBe("many");
  });
});
