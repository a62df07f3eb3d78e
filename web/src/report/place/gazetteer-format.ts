/**
 * The bundled gazetteer (`/geo/gazetteer.json`, made by `scripts/build-geo.ts`): places a
 * contributor can pick without a map or a network, one compact row each.
 */

/** `c` a country, `s` a first-level subdivision or French département, `m` a French commune. */
export type GazetteerKind = "c" | "s" | "m";

/**
 * `[kind, code, name, latitude, longitude, within?, frenchName?]`, compact because a browser
 * downloads it:
 * - code: ISO 3166-1 alpha-2 (`FR`), ISO 3166-2 (`FR-ARA`, `FR-40`) or INSEE commune code (`40088`);
 * - name: the English name of a country, the local name of anything else;
 * - within: the country of a subdivision, "" for a country; a commune has none, its INSEE code
 *   starts with its département's;
 * - frenchName: a country's French name, when it differs.
 */
export type GazetteerRow =
  | [
      kind: "c",
      code: string,
      name: string,
      latitude: number,
      longitude: number,
      within?: "",
      frenchName?: string,
    ]
  | [kind: "s", code: string, name: string, latitude: number, longitude: number, within: string]
  | [kind: "m", code: string, name: string, latitude: number, longitude: number];

export type GazetteerFile = { source: string; places: GazetteerRow[] };
