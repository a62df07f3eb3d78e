/**
 * IBANs (ISO 13616): country, 2 check digits, then up to 30 letters or digits, compact or in
 * groups of four, 15 to 34 characters; valid when the rearranged number mod 97 is 1.
 */

const ibanPattern =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;

/** @example ibanRemainder("FR7630006000011234567890189") // 1 for a valid IBAN */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    // Letters count as two digits, A = 10 … Z = 35.
    const value = Number.parseInt(char, 36);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

/** @example containsIban("IBAN FR76 3000 6000 0112 3456 7890 189") */
export function containsIban(text: string): boolean {
  for (const [written] of text.matchAll(ibanPattern)) {
    // No upper-casing needed: parseInt(char, 36) reads a and A alike.
    const iban = written.replace(/[ \u00a0]/g, "");
    if (iban.length >= 15 && iban.length <= 34 && ibanRemainder(iban) === 1) return true;
  }
  return false;
}
