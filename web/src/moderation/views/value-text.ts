/** A field's value as text in the console's language (see i18n/field-values.ts). */

import { fieldValueText } from "../../i18n/field-values";
import { formatNumber } from "../../i18n/format";
import { labelOf } from "../../i18n/labels";
import { m } from "../i18n/messages";

export function valueText(field: string, value: unknown): string {
  return fieldValueText(field, value, labelOf, {
    none: m("none"),
    yes: m("yes"),
    no: m("no"),
    formatNumber: (n) => formatNumber(n),
  });
}
