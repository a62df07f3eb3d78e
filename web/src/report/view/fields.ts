/**
 * Form fields that a screen reader announces fully: a label, a hint, and the error and the
 * personal-data warning tied to the control with `aria-describedby` only while they are shown.
 */
import { h } from "../../dom/h";
import { fieldId } from "../field-keys";
import { rt } from "../i18n/report-t";

type Common = { key: string; label: string; hint?: string; optional?: boolean };

function labelText(label: string, optional?: boolean): string {
  return optional ? `${label} (${rt("optional")})` : label;
}

function messages(id: string, hint?: string): HTMLElement[] {
  const shown: HTMLElement[] = hint ? [h("p", { class: "field-hint", id: `${id}-hint` }, hint)] : [];
  return [
    ...shown,
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }),
    h("p", { class: "field-warning", id: `${id}-warning`, hidden: true }),
  ];
}

export function textField(
  options: Common & {
    value: string;
    multiline?: boolean;
    type?: string;
    autocomplete?: string;
    inputmode?: string;
    maxlength?: number;
    onInput: (value: string) => void;
  },
): HTMLElement {
  const id = fieldId(options.key);
  const attributes = {
    id,
    name: id,
    type: options.multiline ? null : (options.type ?? "text"),
    autocomplete: options.autocomplete ?? "off",
    inputmode: options.inputmode ?? null,
    maxlength: options.maxlength ?? null,
    rows: options.multiline ? 6 : null,
    class: "input",
  };
  const control = options.multiline ? h("textarea", attributes) : h("input", attributes);
  control.value = options.value;
  control.addEventListener("input", () => options.onInput(control.value));
  const field = h(
    "div",
    { class: "field", "data-key": options.key },
    h("label", { for: id }, labelText(options.label, options.optional)),
    ...messages(id, options.hint),
    control,
  );
  describe(field);
  return field;
}

export function selectField(
  options: Common & {
    value: string;
    choices: { key: string; label: string }[];
    onChange: (value: string) => void;
  },
): HTMLElement {
  const id = fieldId(options.key);
  const select = h(
    "select",
    { id, name: id, class: "input" },
    h("option", { value: "" }, options.optional ? rt("unknownAnswer") : rt("chooseOne")),
    ...options.choices.map((c) => h("option", { value: c.key, selected: c.key === options.value }, c.label)),
  );
  select.addEventListener("change", () => options.onChange(select.value));
  const field = h(
    "div",
    { class: "field", "data-key": options.key },
    h("label", { for: id }, labelText(options.label, options.optional)),
    ...messages(id, options.hint),
    select,
  );
  describe(field);
  return field;
}

/** Radio buttons (one value) or checkboxes (several) in a fieldset whose legend is the question. */
export function choiceGroup(
  options: Common & {
    multiple: boolean;
    values: readonly string[];
    choices: { key: string; label: string }[];
    onChange: (values: string[]) => void;
  },
): HTMLElement {
  const id = fieldId(options.key);
  const inputs = options.choices.map((choice, i) =>
    h("input", {
      type: options.multiple ? "checkbox" : "radio",
      id: i === 0 ? id : `${id}-${choice.key}`,
      name: id,
      value: choice.key,
      checked: options.values.includes(choice.key),
    }),
  );
  const changed = () => options.onChange(inputs.filter((input) => input.checked).map((input) => input.value));
  for (const input of inputs) input.addEventListener("change", changed);
  const field = h(
    "fieldset",
    { class: "field choice-group", "data-key": options.key, id: `${id}-group` },
    h("legend", {}, labelText(options.label, options.optional)),
    ...messages(id, options.hint),
    h(
      "div",
      { class: "choices" },
      ...options.choices.map((choice, i) =>
        h("div", { class: "choice" }, inputs[i], h("label", { for: inputs[i]?.id ?? id }, choice.label)),
      ),
    ),
  );
  describe(field);
  return field;
}

export function checkboxField(options: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = fieldId(options.key);
  const box = h("input", { type: "checkbox", id, name: id, checked: options.checked });
  box.addEventListener("change", () => options.onChange(box.checked));
  return h(
    "div",
    { class: "field choice", "data-key": options.key },
    box,
    h("label", { for: id }, options.label),
  );
}

/** Shows (or clears) a field's error and warning, and points its control at what is shown. */
export function setFieldMessages(field: HTMLElement, error: string | null, warning: string | null): void {
  const id = fieldId(field.dataset.key ?? "");
  const errorElement = field.querySelector<HTMLElement>(`#${id}-error`);
  const warningElement = field.querySelector<HTMLElement>(`#${id}-warning`);
  if (errorElement) {
    errorElement.textContent = error ?? "";
    errorElement.hidden = !error;
  }
  if (warningElement) {
    warningElement.textContent = warning ?? "";
    warningElement.hidden = !warning;
  }
  field.classList.toggle("has-error", !!error);
  describe(field);
  const target = field.tagName === "FIELDSET" ? field : field.querySelector("input, textarea, select");
  if (error) target?.setAttribute("aria-invalid", "true");
  else target?.removeAttribute("aria-invalid");
}

function describe(field: HTMLElement): void {
  const id = fieldId(field.dataset.key ?? "");
  const shown = [...field.querySelectorAll<HTMLElement>(".field-hint, .field-error, .field-warning")]
    .filter((element) => !element.hidden && element.id.startsWith(id))
    .map((element) => element.id);
  const target = field.tagName === "FIELDSET" ? field : field.querySelector("input, textarea, select");
  if (shown.length) target?.setAttribute("aria-describedby", shown.join(" "));
  else target?.removeAttribute("aria-describedby");
}
