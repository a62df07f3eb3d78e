/** Labelled form controls: every input has a visible label tied to it by id. */
import { h } from "../../dom/h";

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function labelledInput(
  label: string,
  attributes: Record<string, string | number | boolean | null | undefined>,
): { wrapper: HTMLElement; input: HTMLInputElement } {
  const id = (attributes.id as string | undefined) ?? nextId("field");
  const input = h("input", { ...attributes, id });
  return { wrapper: h("p", { class: "field" }, h("label", { for: id }, label), input), input };
}

export function labelledTextarea(
  label: string,
  attributes: Record<string, string | number | boolean | null | undefined>,
): { wrapper: HTMLElement; input: HTMLTextAreaElement } {
  const id = (attributes.id as string | undefined) ?? nextId("area");
  const input = h("textarea", { rows: 3, ...attributes, id });
  return { wrapper: h("p", { class: "field" }, h("label", { for: id }, label), input), input };
}

export function labelledSelect(
  label: string,
  options: { value: string; text: string }[],
  selected: string,
  attributes: Record<string, string> = {},
): { wrapper: HTMLElement; select: HTMLSelectElement } {
  const id = attributes.id ?? nextId("select");
  const select = h(
    "select",
    { ...attributes, id },
    ...options.map((o) => h("option", { value: o.value, selected: o.value === selected }, o.text)),
  );
  return { wrapper: h("p", { class: "field" }, h("label", { for: id }, label), select), select };
}

/** A live region for the outcome of an action: alerts for failures, status for successes. */
export function outcomeSlots(): { alert: HTMLElement; status: HTMLElement } {
  return {
    alert: h("div", { class: "notice notice-problem", role: "alert" }),
    status: h("div", { class: "notice notice-done", role: "status" }),
  };
}

/** Runs an action with its button disabled, so that a double click never sends it twice. */
export async function whileBusy<T>(button: HTMLButtonElement, action: () => Promise<T>): Promise<T> {
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}
