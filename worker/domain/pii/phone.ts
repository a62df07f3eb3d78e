/**
 * Phone numbers: French national (`06 12 34 56 78`, with spaces, dots, dashes or none, the same
 * between every pair: `01-10-115867` is a case number), French international (`+33 6 12 34 56 78`,
 * `+33 (0)6…`, `0033 6…`) and any E.164 number, `+` then 8 to 15 digits, compact or grouped
 * (`+1 202 555 0143`, `+44 (0)20 7946 0958`).
 */

const sep = "[ .\\-\\u00a0\\u202f]";
const frenchPattern = new RegExp(
  `(?<![\\p{L}\\p{N}+])(?:0|0033${sep}?(?:\\(0\\)${sep}?)?)[1-9](${sep}?)\\d{2}(?:\\1\\d{2}){3}(?![\\p{L}\\p{N}])`,
  "gu",
);
const internationalPattern = new RegExp(
  `(?<![\\p{L}\\p{N}+])\\+\\d{1,15}(?:${sep}?\\(\\d{1,4}\\)${sep}?\\d{1,15})?(?:${sep}\\d{1,15})*(?![\\p{L}\\p{N}])`,
  "gu",
);
/**
 * "+1 200 000" is a rise in a count, not a number to call. Not anchored at the start: what it
 * tests always starts with its one `+`.
 */
const signedCount = /\+\d{1,3}(?:[ .\u00a0\u202f]\d{3})+$/;

function isInternationalNumber(written: string): boolean {
  // The trunk prefix written "(0)" is not dialled from abroad.
  const digits = written.replace(/\D/g, "").length - (written.includes("(0)") ? 1 : 0);
  return digits >= 8 && digits <= 15 && !signedCount.test(written);
}

/** @example containsPhone("appeler le 06 12 34 56 78") // true */
export function containsPhone(text: string): boolean {
  if (text.search(frenchPattern) >= 0) return true;
  for (const [written] of text.matchAll(internationalPattern)) {
    if (isInternationalNumber(written)) return true;
  }
  return false;
}
