/**
 * The little XML an Atom feed needs: escaped text and attributes, and elements. XML 1.0 §2.2
 * forbids most control characters even escaped, so they are dropped rather than sent.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(forbidden, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export type Attributes = Record<string, string | null | undefined>;

/**
 * @example element("link", { rel: "self", href: url }) // <link rel="self" href="…"/>
 * @example element("title", {}, escapeXml(title))
 */
export function element(name: string, attributes: Attributes, content?: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value as string)}"`)
    .join("");
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

export const text = (name: string, value: string, attributes: Attributes = {}) =>
  element(name, attributes, escapeXml(value));
