import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData, scanForPersonalData } from "../../../../worker/domain/pii";
import { digits, groupsOfFour, nirGroups, separators, validCards, validIbans } from "./generators";

/** Every kind found: a number can be two at once (a 15-digit card may also be a valid NIR). */
function kindsOf(text: string): string[] {
  return scanForPersonalData(text).map((finding) => finding.kind);
}

function thousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe("the personal-data guard, on generated data", () => {
  it("catches any valid NIR in any of its written forms", () => {
    fc.assert(
      fc.property(nirGroups, separators, fc.boolean(), (groups, separator, lower) => {
        const written = groups.join(separator);
        expect(kindsOf(`n° ${lower ? written.toLowerCase() : written} !`)).toContain("nir");
      }),
    );
  });

  it("lets a NIR with any other key pass", () => {
    fc.assert(
      fc.property(nirGroups, fc.integer({ min: 1, max: 96 }), separators, (groups, shift, separator) => {
        const key = groups.at(-1) ?? "";
        const wrongKey = String(((Number(key) - 1 + shift) % 97) + 1).padStart(2, "0");
        const written = [...groups.slice(0, -1), wrongKey].join(separator);
        expect(kindsOf(written)).not.toContain("nir");
      }),
    );
  });

  it("catches any valid IBAN, compact or in groups of four, in either case", () => {
    fc.assert(
      fc.property(validIbans, fc.constantFrom("", " ", "\u00a0"), fc.boolean(), (iban, separator, lower) => {
        const written = groupsOfFour(iban, separator);
        expect(kindsOf(`IBAN ${lower ? written.toLowerCase() : written}.`)).toContain("iban");
      }),
    );
  });

  it("lets an IBAN with a wrong check pass", () => {
    fc.assert(
      fc.property(validIbans, fc.integer({ min: 1, max: 96 }), (iban, shift) => {
        const check = (Number(iban.slice(2, 4)) + shift) % 97;
        const wrong = `${iban.slice(0, 2)}${String(check).padStart(2, "0")}${iban.slice(4)}`;
        expect(kindsOf(wrong)).not.toContain("iban");
      }),
    );
  });

  it("catches any Luhn-valid card number, compact or in groups of four", () => {
    fc.assert(
      fc.property(validCards, fc.constantFrom("", " ", "-"), (card, separator) => {
        expect(kindsOf(`card ${groupsOfFour(card, separator)} exp`)).toContain("card");
      }),
    );
  });

  it("lets a card number with a wrong check digit pass", () => {
    fc.assert(
      fc.property(validCards, fc.integer({ min: 1, max: 9 }), (card, shift) => {
        const wrong = card.slice(0, -1) + String((Number(card.slice(-1)) + shift) % 10);
        expect(findPersonalData(groupsOfFour(wrong))).toBeNull();
      }),
    );
  });

  it("catches any French phone number, national or international, in any written form", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        digits(8),
        fc.constantFrom("", " ", ".", "-"),
        fc.constantFrom("0", "+33 ", "+33", "0033 ", "+33 (0)"),
        (first, rest, separator, prefix) => {
          const pairs = rest.match(/../g) ?? [];
          expect(kindsOf(`tél ${prefix}${first}${separator}${pairs.join(separator)}`)).toContain("phone");
        },
      ),
    );
  });

  it("catches any E.164 number of 8 to 15 digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 7, max: 14 }),
        digits(14),
        (first, length, rest) => {
          expect(kindsOf(`+${first}${rest.slice(0, length)}`)).toContain("phone");
        },
      ),
    );
  });

  it("never flags a year, a count or an amount, however it is written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.constantFrom("", " ", "\u00a0", "\u202f", ",", "."),
        fc.constantFrom("patients", "€", "M€", "individuals", "US$", "lignes"),
        (year, count, separator, unit) => {
          expect(
            findPersonalData(
              `En ${year}, ${thousands(count, separator)} ${unit} ; +${thousands(count, separator || " ")}`,
            ),
          ).toBeNull();
        },
      ),
    );
  });

  it("never flags a date, in ISO, French or US order", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = date.toISOString().slice(0, 10).split("-");
          expect(
            findPersonalData(`${y}-${m}-${d}, ${d}/${m}/${y}, ${m}/${d}/${y}, ${d}.${m}.${y}`),
          ).toBeNull();
        },
      ),
    );
  });

  it("never flags a CVE id or a CNIL deliberation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1999, max: 2099 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        (year, number) => {
          const serial = String(number).padStart(3, "0");
          expect(findPersonalData(`CVE-${year}-${serial.padStart(4, "0")} SAN-${year}-${serial}`)).toBeNull();
        },
      ),
    );
  });

  it("reads any JSON without throwing, and every finding points at a string or a number", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const { pointer } of scanForPersonalData(value)) {
          const target = pointer
            .split("/")
            .slice(1)
            .reduce<unknown>(
              (node, token) =>
                (node as Record<string, unknown>)[token.replaceAll("~1", "/").replaceAll("~0", "~")],
              value,
            );
          expect(["string", "number"]).toContain(typeof target);
        }
      }),
    );
  });
});
