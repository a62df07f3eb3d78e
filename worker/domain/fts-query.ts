/**
 * Turns what a person typed into a safe FTS5 query: every word must match, the last one as a
 * prefix (search-as-you-type). Words are quoted so that FTS5 operators and punctuation typed by
 * users (`AND`, `"`, `*`, `-`) can never make the query invalid.
 *
 * @example toFtsQuery('Dax ransomw') // => '"dax" "ransomw"*'
 * @returns null when the text holds no word at all.
 */
export function toFtsQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}
