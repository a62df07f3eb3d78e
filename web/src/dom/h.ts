/**
 * Builds DOM elements. Strings always become text nodes, so data can never become markup;
 * `style` attributes are refused because the Content-Security-Policy would block them.
 * @example h("a", { href: "/x", class: "link" }, "Read ", incident.title)
 */
export type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

const svgNamespace = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(svgNamespace, tag), attributes, children);
}

function fill<E extends Element>(element: E, attributes: Attributes, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "style") throw new Error("Inline styles are blocked by the CSP: use a class.");
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...toNodes(children));
  return element;
}

function toNodes(children: Child[]): (Node | string)[] {
  return children
    .filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === "number" ? String(c) : (c as Node | string)));
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...toNodes(children));
}

/** A URL safe to put in an `href`: only http(s), so that no `javascript:` link can be made. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Replaces a region's content and gives focus back to the control that had it (found by id),
 * so that re-rendering after a keyboard action does not throw the reader back to the page top.
 */
export function rerender(parent: Element, ...children: Child[]): void {
  const active = document.activeElement;
  const focusedId = active && parent.contains(active) ? active.id : "";
  replaceChildren(parent, ...children);
  if (focusedId) document.getElementById(focusedId)?.focus();
}
