/**
 * Identifiers in other public registries, written `registry:ref` (`hhs:CA-2021-03-05-…`), the
 * form `GET /api/lookup?ref=` takes and the CSV export writes.
 */
import { type Registry, registries } from "./enums";

export type RegistryRef = { registry: Registry; ref: string };

const refPattern = new RegExp(`^(${registries.keys.join("|")}):([^\\s;]{1,200})$`);

/** @returns null when the text is not `registry:ref` with a known registry. */
export function parseRegistryRef(text: string): RegistryRef | null {
  const match = refPattern.exec(text);
  return match ? { registry: match[1] as Registry, ref: match[2] as string } : null;
}

export function formatRegistryRef({ registry, ref }: RegistryRef): string {
  return `${registry}:${ref}`;
}

export const registryRefPattern = refPattern.source;

/**
 * The spellings under which one page may have been cited: with or without the fragment, a
 * trailing slash, `www.` or TLS. Host names are case-insensitive (RFC 3986 §6.2.2.1).
 */
export function urlVariants(input: string): string[] {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return [];
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return [];
  // The spellings are built from host, path and query: the fragment is never among them.
  const host = url.host.replace(/^www\./, "");
  const path = url.pathname.replace(/\/+$/, "");
  const variants = new Set<string>([input]);
  for (const scheme of ["https", "http"]) {
    for (const prefix of ["", "www."]) {
      for (const end of ["", "/"]) variants.add(`${scheme}://${prefix}${host}${path}${end}${url.search}`);
    }
  }
  return [...variants];
}
