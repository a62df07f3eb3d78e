/**
 * Payment card numbers: 13 to 19 digits starting 2–6 (Mastercard, Visa, Amex, Discover, JCB,
 * UnionPay, Maestro), Luhn-valid, written compact or in the groups printed on cards (4-4-4-4…,
 * Amex 4-6-5). A compact 14-digit run is left alone: SIRET numbers are 14 digits and Luhn-valid
 * by design, and 14-digit Diners cards are no longer issued.
 */

const sep = "[ \\-\\u00a0\\u202f]";
const cardPattern = new RegExp(
  `(?<![\\p{L}\\p{N}+])(?:[2-6]\\d{3}(?:${sep}\\d{4}){2}${sep}(?:\\d{4}(?:${sep}\\d{1,3})?|\\d{1,3})|3\\d{3}${sep}\\d{6}${sep}\\d{5}|[2-6]\\d{12}|[2-6]\\d{14,18})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** @example passesLuhn("4970101234567890") // whether the Luhn checksum holds */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    // Stryker disable next-line AssignmentOperator: equivalent, see stryker-equivalent.md
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/** @example containsCard("carte 4970 1012 3456 7890") */
export function containsCard(text: string): boolean {
  for (const [written] of text.matchAll(cardPattern)) {
    if (passesLuhn(written.replace(/\D/g, ""))) return true;
  }
  return false;
}
