/**
 * Searches the bundled gazetteer as a person types: accents, case and punctuation ignored
 * ("saint etienne" finds "Saint-Étienne"), best matches first.
 */
import type { GazetteerKind, GazetteerRow } from "./gazetteer-format";

export type Place = {
  kind: GazetteerKind;
  code: string;
  names: string[];
  latitude: number;
  longitude: number;
  /** A subdivision's country; a commune's département (`FR-40`); "" for a country. */
  within: string;
};

export type IndexedPlace = Place & { keys: string[] };

/** Lower case, no accents, words separated by one space. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A commune's département from its INSEE code: `40088` → `FR-40`, `97411` → `FR-974`. */
export function departementOf(insee: string): string {
  return `FR-${insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2)}`;
}

export function indexGazetteer(rows: readonly GazetteerRow[]): IndexedPlace[] {
  return rows.map((row) => {
    const [kind, code, name, latitude, longitude] = row;
    const names = row[0] === "c" && row[6] ? [name, row[6]] : [name];
    const within = row[0] === "m" ? departementOf(code) : (row[5] ?? "");
    return { kind, code, names, latitude, longitude, within, keys: names.map(normalise) };
  });
}

/** Countries before regions before communes when the match is equally good. */
const kindOrder: Record<GazetteerKind, number> = { c: 0, s: 1, m: 2 };

/**
 * How well `key` matches `query` (both normalised): 0 the same, 1 the name starts with it,
 * 2 a word of the name starts with it, null no match.
 */
export function matchRank(key: string, query: string): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  return null;
}

/**
 * The best `limit` places for what was typed: by match rank, then kind, then shorter name
 * (the town before "Saint-X-la-Petite"), then alphabetically. A code also matches exactly
 * (`40088`, `FR-69`).
 */
export function searchPlaces(places: readonly IndexedPlace[], text: string, limit = 8): Place[] {
  const query = normalise(text);
  if (query.length < 2) return [];
  const code = text.trim().toUpperCase();
  const scored: { place: IndexedPlace; rank: number; length: number }[] = [];
  for (const place of places) {
    let rank: number | null = place.code === code ? 0 : null;
    let length = Number.POSITIVE_INFINITY;
    for (const key of place.keys) {
      const r = matchRank(key, query);
      if (r !== null && (rank === null || r <= rank)) {
        rank = r;
        length = Math.min(length, key.length);
      }
    }
    if (rank !== null) scored.push({ place, rank, length });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      kindOrder[a.place.kind] - kindOrder[b.place.kind] ||
      a.length - b.length ||
      (a.place.names[0] ?? "").localeCompare(b.place.names[0] ?? ""),
  );
  return scored.slice(0, limit).map(({ place: { keys: _keys, ...place } }) => place);
}
