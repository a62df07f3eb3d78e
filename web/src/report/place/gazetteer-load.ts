/** The gazetteer, fetched once and only when the contributor first searches for a place. */
import type { GazetteerFile } from "./gazetteer-format";
import { type IndexedPlace, indexGazetteer } from "./gazetteer-search";

let loading: Promise<IndexedPlace[]> | null = null;

export function loadGazetteer(): Promise<IndexedPlace[]> {
  loading ??= fetch("/geo/gazetteer.json")
    .then((response) => {
      if (!response.ok) throw new Error(`gazetteer: ${response.status}`);
      return response.json() as Promise<GazetteerFile>;
    })
    .then((file) => indexGazetteer(file.places))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
