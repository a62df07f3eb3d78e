/**
 * Labels of the data's vocabularies (attack types, organisation types…) in the current language,
 * all from `GET /api/meta`: the worker defines them once, the page never copies them.
 */
import type { EnumerationKey, EnumerationName, Label, Meta } from "../api/client";
import { language } from "./i18n";

let enumerations: Meta["enumerations"] | null = null;

export function setMeta(meta: Meta): void {
  enumerations = meta.enumerations;
}

/** The entries of one vocabulary, in the API's order, with labels in the current language. */
export function entriesOf<N extends EnumerationName>(name: N): { key: EnumerationKey<N>; label: string }[] {
  const entries = (enumerations?.[name] ?? []) as { key: EnumerationKey<N>; label: Label }[];
  return entries.map(({ key, label }) => ({ key, label: label[language()] }));
}

/** One key's label, or the key itself if the vocabulary is not loaded or does not know it. */
export function labelOf(name: EnumerationName, key: string): string {
  const entry = (enumerations?.[name] as { key: string; label: Label }[] | undefined)?.find(
    (e) => e.key === key,
  );
  return entry ? entry.label[language()] : key;
}

/** One vocabulary as the API sends it, labels in both languages. */
export function metaEntriesOf<N extends EnumerationName>(
  name: N,
): { key: EnumerationKey<N>; label: Label }[] {
  return (enumerations?.[name] ?? []) as { key: EnumerationKey<N>; label: Label }[];
}
