import { iso1A2Code } from "@rapideditor/country-coder";

/** Overseas départements: part of France, with their own ISO 3166-1 codes at territory level. */
const OVERSEAS_DEPARTEMENTS = new Set(["GP", "MQ", "GF", "RE", "YT"]);

/**
 * Codes that country-coder gives some territories but ISO 3166-1 only reserves (Ceuta and
 * Melilla EA, Canary Islands IC, Diego Garcia DG, Tristan da Cunha TA, Ascension AC,
 * Clipperton CP): these places take their sovereign country's code instead.
 */
const RESERVED_CODES = new Set(["EA", "IC", "DG", "TA", "AC", "CP"]);

/**
 * The ISO 3166-1 alpha-2 code of the country or territory a point lies in, from
 * OpenStreetMap-derived borders (`@rapideditor/country-coder`, which includes territorial
 * waters), or null at sea. Natural Earth's generalised shapes put Basel in Germany and Menton in
 * Italy; these borders do not. Territories with their own code (Jersey JE, Christmas Island CX,
 * Åland AX) keep it, as in ISO 3166-1, except France's overseas départements, which are France.
 *
 * @example
 * countryOfPoint(7.59, 47.56); // "CH" (Basel)
 * countryOfPoint(-61.53, 16.24); // "FR" (Guadeloupe)
 */
export function countryOfPoint(longitude: number, latitude: number): string | null {
  const territory = iso1A2Code([longitude, latitude], { level: "territory" });
  if (territory === null) return null;
  if (OVERSEAS_DEPARTEMENTS.has(territory)) return "FR";
  // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, see stryker-equivalent.md
  if (RESERVED_CODES.has(territory)) return iso1A2Code([longitude, latitude], { level: "country" });
  return territory;
}
