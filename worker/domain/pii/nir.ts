/**
 * French NIR (numéro de sécurité sociale): sex, year, month, département (2A/2B for Corsica),
 * commune, order, then a 2-digit key = 97 − (the 13-digit number mod 97). Written compact or with
 * one space, dot or dash between the usual groups: `2 55 08 14 168 025 38`.
 */

const sep = "[ .\\-\\u00a0\\u202f]?";
const nirPattern = new RegExp(
  `(?<![\\p{L}\\p{N}+])[1-478]${sep}\\d{2}${sep}\\d{2}${sep}(?:\\d{2}|2[AB])${sep}\\d{3}${sep}\\d{3}${sep}\\d{2}(?![\\p{L}\\p{N}])`,
  "giu",
);

export function nirKey(body: string): number {
  // For the key, Corsica's 2A counts as 19 and 2B as 18 (the former 20, less 1 or 2).
  const digits = body.replace(/2A/i, "19").replace(/2B/i, "18");
  return 97 - (Number(digits) % 97);
}

/** @example containsNir("NIR 2 55 08 14 168 025 38") // true; with key 39: false */
export function containsNir(text: string): boolean {
  for (const [written] of text.matchAll(nirPattern)) {
    const characters = written.replace(/[^0-9AB]/gi, "");
    if (nirKey(characters.slice(0, 13)) === Number(characters.slice(13))) return true;
  }
  return false;
}
