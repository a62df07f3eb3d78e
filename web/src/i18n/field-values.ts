/**
 * Any field of an incident as one line of text, for the diff and the record views: enumeration
 * keys become their labels, nulls say "none", lists and sources are spelled out. The result is
 * always put in the page as text.
 */
import type { EnumerationName } from "../api/client";

export type LabelOf = (name: EnumerationName, key: string) => string;
export type ValueWords = { none: string; yes: string; no: string; formatNumber: (n: number) => string };

const enumerationOf: Record<string, EnumerationName> = {
  verification: "verification",
  organisationType: "organisationType",
  locationPrecision: "locationPrecision",
  occurredPrecision: "datePrecision",
  discoveredPrecision: "datePrecision",
  disclosedPrecision: "datePrecision",
  attackTypes: "attackType",
  assetsHit: "assetKind",
  dataCategories: "dataCategory",
  careDisruption: "careDisruption",
};

export function fieldValueText(field: string, value: unknown, labelOf: LabelOf, words: ValueWords): string {
  if (value === null || value === undefined || value === "") return words.none;
  const enumeration = enumerationOf[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return words.none;
    return value
      .map((item) => itemText(field, item, enumeration, labelOf, words))
      .join(field === "sources" || field === "regulatorActions" ? "\n" : ", ");
  }
  return itemText(field, value, enumeration, labelOf, words);
}

function itemText(
  field: string,
  value: unknown,
  enumeration: EnumerationName | undefined,
  labelOf: LabelOf,
  words: ValueWords,
): string {
  if (value === null || value === undefined) return words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number")
    return field === "latitude" || field === "longitude" ? String(value) : words.formatNumber(value);
  if (typeof value === "string") return enumeration ? labelOf(enumeration, value) : value;
  const record = value as Record<string, unknown>;
  if (field === "sources") return [record.title, record.url].filter(Boolean).join(" — ");
  if (field === "ransomDemanded") {
    return [typeof record.amount === "number" ? words.formatNumber(record.amount) : null, record.currency]
      .filter(Boolean)
      .join(" ");
  }
  if (field === "regulatorActions") {
    return [record.authority, record.reference, record.date, record.url].filter(Boolean).join(", ");
  }
  return JSON.stringify(value);
}
