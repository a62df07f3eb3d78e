/** The language of a server-rendered page: `?lang=` first, then the browser's Accept-Language. */
export type PageLanguage = "fr" | "en";

/**
 * @example pageLanguage("fr", undefined) // "fr"
 * @example pageLanguage(undefined, "fr-CA,fr;q=0.9,en;q=0.8") // "fr"
 */
export function pageLanguage(query: string | undefined, acceptLanguage: string | undefined): PageLanguage {
  if (query === "fr" || query === "en") return query;
  // RFC 9110 §12.5.4: the first language range with the highest weight wins.
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [range = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { range, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.q > 0 && (r.range.startsWith("fr") || r.range.startsWith("en")))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges[0]?.range.startsWith("fr") ? "fr" : "en";
}
