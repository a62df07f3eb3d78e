/** A field's value as text in the console's language (see model/field-values.ts). */
import { formatNumber } from "../../i18n/format";
import { labelOf } from "../../i18n/labels";
import { m } from "../i18n/messages";
import { fieldValueText } from "../model/field-values";

export function valueText(field: string, value: unknown): string {
  return fieldValueText(field, value, labelOf, {
    none: m("none"),
    yes: m("yes"),
    no: m("no"),
    formatNumber: (n) => formatNumber(n),
  });
}
