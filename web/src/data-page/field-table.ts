/**
 * A data dictionary table, generated from the export field definitions and the enumerations
 * (imported from worker/domain: the same definitions as the CSV writer and the Data Package).
 */

import { enumerations, type Label } from "../../../worker/domain/enums";
import type { ExportField } from "../../../worker/domain/export/export-fields";
import { h } from "../dom/h";
import { type DataLanguage, dataTexts } from "./data-texts";

/** The labels of an enumeration, found by its key list (fields hold the same array). */
function labelsOf(keys: readonly string[]): Record<string, Label> | null {
  const found = Object.values(enumerations).find((enumeration) => enumeration.keys === keys);
  return found ? (found.labels as Record<string, Label>) : null;
}

function allowedValues(field: Pick<ExportField, "constraints" | "listOf">, lang: DataLanguage) {
  const keys = field.listOf ?? field.constraints?.enum;
  if (!keys) return field.constraints?.pattern ? h("code", {}, field.constraints.pattern) : "";
  const labels = labelsOf(keys);
  return h(
    "ul",
    { class: "data-values" },
    ...keys.map((key) => h("li", {}, h("code", {}, key), labels?.[key] ? ` ${labels[key][lang]}` : "")),
  );
}

export function fieldTable(
  caption: string,
  fields: readonly Pick<ExportField, "name" | "type" | "description" | "constraints" | "listOf">[],
  lang: DataLanguage,
): HTMLTableElement {
  const text = dataTexts[lang];
  return h(
    "table",
    { class: "data-table" },
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...[text.field, text.type, text.description, text.values].map((title) =>
          h("th", { scope: "col" }, title),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      ...fields.map((field) =>
        h(
          "tr",
          { id: `field-${field.name}` },
          h("th", { scope: "row" }, h("code", {}, field.name)),
          h("td", {}, field.type, field.constraints?.required ? ` (${text.required})` : ""),
          h("td", {}, field.description[lang], field.listOf ? ` (${text.list})` : ""),
          h("td", {}, allowedValues(field, lang)),
        ),
      ),
    ),
  );
}
