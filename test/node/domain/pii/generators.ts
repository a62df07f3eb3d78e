import fc from "fast-check";
import { passesLuhn } from "../../../../worker/domain/pii/card";
import { ibanRemainder } from "../../../../worker/domain/pii/iban";
import { nirKey } from "../../../../worker/domain/pii/nir";

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });
const pad = (value: number, length: number) => String(value).padStart(length, "0");

/** A NIR as its seven groups, the last one being its valid key. */
export const nirGroups = fc
  .record({
    sex: fc.constantFrom("1", "2", "3", "4", "7", "8"),
    year: fc.integer({ min: 0, max: 99 }).map((n) => pad(n, 2)),
    month: fc.integer({ min: 1, max: 99 }).map((n) => pad(n, 2)),
    department: fc.oneof(
      fc.integer({ min: 1, max: 99 }).map((n) => pad(n, 2)),
      fc.constantFrom("2A", "2B"),
    ),
    commune: digits(3),
    order: digits(3),
  })
  .map(({ sex, year, month, department, commune, order }) => {
    const groups = [sex, year, month, department, commune, order];
    return [...groups, pad(nirKey(groups.join("")), 2)];
  });

export const separators = fc.constantFrom("", " ", ".", "-", "\u00a0");

/** Valid IBAN: two letters, the check digits that make it valid, a BBAN of 11 to 30 characters. */
export const validIbans = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 2, maxLength: 2 }),
    fc.string({
      unit: fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
      minLength: 11,
      maxLength: 30,
    }),
  )
  .map(([country, bban]) => {
    const check = 98 - ibanRemainder(`${country}00${bban}`);
    return `${country}${pad(check, 2)}${bban}`;
  });

export function groupsOfFour(text: string, separator = " "): string {
  return text.match(/.{1,4}/g)?.join(separator) ?? text;
}

/** Luhn-valid card number of a length cards have (13, 15 to 19), starting 2 to 6. */
export const validCards = fc
  .tuple(fc.constantFrom(13, 15, 16, 17, 18, 19), fc.integer({ min: 2, max: 6 }), digits(18))
  .map(([length, first, rest]) => {
    const body = `${first}${rest}`.slice(0, length - 1);
    const check = [..."0123456789"].find((digit) => passesLuhn(body + digit));
    return body + check;
  });

export { digits };
