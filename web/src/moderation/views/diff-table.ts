/**
 * A report beside the incident it would change: one row per field, "now" and "proposed" side
 * by side, and a tick box on each changed row to choose what to apply. Unchanged rows stay
 * visible (greyed) so the moderator sees the whole record.
 */
import { h } from "../../dom/h";
import { fieldLabel } from "../../i18n/field-labels";
import { m } from "../i18n/messages";
import { type DiffRow, toggleField } from "../model/diff-model";
import { valueText } from "./value-text";

export type Selection = { current: Set<string> };

export function diffTable(rows: DiffRow[], selection: Selection, selectable: boolean): HTMLTableElement {
  const head = h(
    "tr",
    {},
    ...(selectable ? [h("th", { scope: "col" }, m("diffApply"))] : []),
    h("th", { scope: "col" }, m("diffField")),
    h("th", { scope: "col" }, m("diffCurrent")),
    h("th", { scope: "col" }, m("diffProposed")),
  );
  const body = rows.map((row) => {
    const label = fieldLabel(row.field);
    let tick: HTMLElement | null = null;
    if (selectable) {
      const box = h("input", {
        type: "checkbox",
        class: "apply-field",
        "data-field": row.field,
        checked: selection.current.has(row.field),
        disabled: !row.changed,
        "aria-label": m("diffApplyField", { field: label }),
      });
      box.addEventListener("change", () => {
        selection.current = toggleField(rows, selection.current, row.field, box.checked);
      });
      tick = h("td", {}, box);
    }
    return h(
      "tr",
      { class: row.changed ? "diff-changed" : "diff-same", "data-field": row.field },
      tick,
      h("th", { scope: "row" }, label),
      h("td", { class: "diff-current" }, valueText(row.field, row.current)),
      h(
        "td",
        { class: "diff-proposed" },
        row.changed ? valueText(row.field, row.proposed) : h("span", { class: "muted" }, m("unchanged")),
      ),
    );
  });
  return h(
    "table",
    { class: "diff", id: "diff" },
    h("caption", {}, m("diffHeading")),
    h("thead", {}, head),
    h("tbody", {}, ...body),
  );
}

/** A proposed new incident, field by field (nothing to compare it with). */
export function proposalList(incident: Record<string, unknown>, order: readonly string[]): HTMLElement {
  const known = order.filter((f) => f in incident);
  const others = Object.keys(incident)
    .filter((f) => !order.includes(f))
    .sort();
  return h(
    "dl",
    { class: "fields proposal", id: "proposal" },
    ...[...known, ...others].flatMap((field) => [
      h("dt", {}, fieldLabel(field)),
      h("dd", { "data-field": field }, valueText(field, incident[field])),
    ]),
  );
}
