/**
 * A French commune by its INSEE code (code officiel géographique): the département and the
 * région come from the official list (`@etalab/decoupage-administratif`, compacted by
 * `scripts/lib/geo/build-commune-index.ts`), never from where a point happens to lie.
 */
import type { PointLocation } from "./locate";

/**
 * Five characters: a metropolitan département (01–95 but 20, which became 2A and 2B in 1976)
 * and three digits, or an overseas one (971–978) and two digits.
 */
export const inseeCommunePattern = /^(?:(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|97[1-8]\d{2})$/;

/** `locate/FR-communes.json`: per département, its région (ISO 3166-2) and its communes. */
export type CommuneIndex = {
  departements: Record<string, { region: string; communes: string }>;
};

/** The département code of a well-formed INSEE commune code: "2A", "69", "971". */
export function departementOfCommune(code: string): string {
  return code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
}

const communeSets = new WeakMap<CommuneIndex, Map<string, Set<string>>>();

/** The place of a commune of a French département, or null when the index has no such commune. */
export function placeOfCommune(code: string, index: CommuneIndex): PointLocation | null {
  if (!inseeCommunePattern.test(code)) return null;
  const departement = departementOfCommune(code);
  const entry = index.departements[departement];
  if (!entry || !Object.hasOwn(index.departements, departement)) return null;
  let sets = communeSets.get(index);
  // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
  if (!sets) {
    sets = new Map();
    communeSets.set(index, sets);
  }
  let communes = sets.get(departement);
  // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
  if (!communes) {
    communes = new Set(entry.communes.split(" "));
    sets.set(departement, communes);
  }
  if (!communes.has(code.slice(departement.length))) return null;
  return { country: "FR", subdivision: entry.region, department: departement };
}
