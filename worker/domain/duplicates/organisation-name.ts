/**
 * Organisation names compared the way a reader would: accents, case, punctuation, word order and
 * the words every health organisation shares ("centre hospitalier", "clinic", "de") ignored, so
 * that what is left is what tells one organisation from another.
 */
import { distance } from "fastest-levenshtein";
import { NAME_SIMILARITY } from "./closeness";

/** Articles and words of the kind of place: present in thousands of names, they tell nothing. */
const COMMON_WORDS = new Set(
  (
    "a au aux d de des du en et l la le les sur the of and at for " +
    "centre center centres hospitalier hospitaliere hospitaliers universitaire regional " +
    "chu chr ch chi chru hopital hopitaux hospital hospitals clinique clinic clinics " +
    "groupe group groupement ghu ght gh laboratoire laboratoires laboratory laboratories labo " +
    "medical medicale sante health healthcare care sas sa inc llc ltd gmbh"
  ).split(" "),
);

/** Lower-case words without accents or punctuation. */
export function nameWords(name: string): string[] {
  return (
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The distinctive part of a name, words sorted so that order does not matter; the whole name
 * when every word is a common one ("Centre hospitalier").
 * @example distinctiveName("Centre Hospitalier de Dax – Côte d'Argent") // "argent cote dax"
 */
export function distinctiveName(name: string): string {
  const words = nameWords(name);
  const distinctive = words.filter((word) => !COMMON_WORDS.has(word));
  return (distinctive.length > 0 ? distinctive : words).sort().join(" ");
}

/** 1 for the same distinctive name, down to 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  const left = distinctiveName(a);
  const right = distinctiveName(b);
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 0;
  return 1 - distance(left, right) / longer;
}

export function areSimilarNames(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= NAME_SIMILARITY;
}

/**
 * An FTS5 query that finds candidate names for `name` in the organisation column: any of its
 * distinctive words by its first three letters, so that a typo after them still finds it. The
 * similarity above then decides. Null when the name has no word at all.
 */
export function candidateNameQuery(name: string): string | null {
  const words = distinctiveName(name).split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return null;
  const terms = [...new Set(words.map((word) => `"${word.slice(0, 3)}"*`))];
  return `organisation_name : (${terms.join(" OR ")})`;
}
