/** Form fields of the filter panel, each labelled for assistive technology. */
import { h } from "../dom/h";
import { swatch } from "../dom/swatch";

export function textField(
  id: string,
  label: string,
  input: { type: string; hint?: string; inputmode?: string; min?: number; maxlength?: number },
): { field: HTMLElement; input: HTMLInputElement; error: HTMLElement } {
  const hintId = input.hint ? `${id}-hint` : undefined;
  const error = h("p", { class: "field-error", id: `${id}-error`, hidden: true });
  const element = h("input", {
    id,
    name: id,
    type: input.type,
    inputmode: input.inputmode,
    min: input.min,
    maxlength: input.maxlength,
    autocomplete: "off",
    "aria-describedby": [hintId, `${id}-error`].filter(Boolean).join(" "),
  });
  const field = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    input.hint ? h("p", { class: "hint", id: hintId }, input.hint) : null,
    element,
    error,
  );
  return { field, input: element, error };
}

export function checkboxGroup(
  name: string,
  legend: string,
  options: { key: string; label: string; colour?: string }[],
  checked: readonly string[],
): { fieldset: HTMLFieldSetElement; boxes: HTMLInputElement[] } {
  const boxes: HTMLInputElement[] = [];
  const items = options.map(({ key, label, colour }) => {
    const id = `f-${name}-${key}`;
    const box = h("input", { type: "checkbox", id, name, value: key, checked: checked.includes(key) });
    boxes.push(box);
    return h("li", {}, box, h("label", { for: id }, colour ? swatch(colour) : null, label));
  });
  const fieldset = h(
    "fieldset",
    { class: "checkbox-group", id: `f-${name}` },
    h("legend", {}, legend),
    h("ul", {}, ...items),
  );
  return { fieldset, boxes };
}

export function selectField(id: string, label: string): { field: HTMLElement; select: HTMLSelectElement } {
  const select = h("select", { id, name: id });
  return { field: h("div", { class: "field" }, h("label", { for: id }, label), select), select };
}
