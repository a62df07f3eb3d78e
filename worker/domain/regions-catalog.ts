/**
 * Names of first-level subdivisions (and French départements), generated at build time from the
 * bundled boundaries by scripts/build-geo.ts, so the API names exactly the areas the map draws.
 */
import catalog from "../generated/regions-catalog.json";

export type SubdivisionEntry = { code: string; name: string };
export type DepartementEntry = { code: string; name: string; region: string };
type CountryCatalog = { subdivisions: SubdivisionEntry[]; departements?: DepartementEntry[] };

const byCountry = catalog as Record<string, CountryCatalog>;

export function subdivisionsOf(country: string): CountryCatalog | null {
  return byCountry[country] ?? null;
}

const names = new Map<string, string>();
for (const entry of Object.values(byCountry)) {
  for (const s of entry.subdivisions) names.set(s.code, s.name);
  for (const d of entry.departements ?? []) names.set(`FR-${d.code}`, d.name);
}

/** The name of a subdivision or département by its ISO 3166-2 style code. */
export function subdivisionName(code: string): string | null {
  return names.get(code) ?? null;
}
