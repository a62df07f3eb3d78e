/**
 * E-mail addresses: a local part (at most 64 characters, RFC 5321), `@`, then a domain with a
 * dot and a top-level label of letters. The bounds keep the search linear on hostile input.
 */

const local = "[\\p{L}\\p{N}._%+\\-]{1,64}";
const domain = "(?:[\\p{L}\\p{N}\\-]{1,63}\\.){1,8}\\p{L}{2,24}";
const emailPattern = new RegExp(`(?<![\\p{L}\\p{N}._%+\\-])${local}@${domain}(?![\\p{L}\\p{N}\\-])`, "gu");

/** @example containsEmail("écrire à jean.dupont@example.fr") // true */
export function containsEmail(text: string): boolean {
  return text.search(emailPattern) >= 0;
}

/** The text with every e-mail address blanked, for fields where an address is expected. */
export function withoutEmails(text: string): string {
  return text.replace(emailPattern, " ");
}
