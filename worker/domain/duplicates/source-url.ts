/**
 * The forms under which one web page is commonly cited: http or https, with or without a
 * trailing slash, without its fragment. Looking all of them up finds the page however the
 * other incident wrote it, with an exact (indexed) comparison.
 * @example sourceUrlVariants("https://a.example/x#top") // https://a.example/x, …/x/, http://a.example/x, …/x/
 */
export function sourceUrlVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return [];
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return [];
  parsed.hash = "";
  const variants = new Set<string>();
  for (const protocol of ["https:", "http:"]) {
    parsed.protocol = protocol;
    const href = parsed.href;
    variants.add(href);
    if (parsed.search === "") {
      variants.add(href.endsWith("/") ? href.slice(0, -1) : `${href}/`);
    }
  }
  return [...variants];
}
