import { describe, expect, it } from "vitest";
import { formatRegistryRef, parseRegistryRef, urlVariants } from "../../../worker/domain/registry-ref";

describe("registry references", () => {
  it("read registry:ref for every known registry, and write it back the same", () => {
    for (const registry of ["hhs", "vcdb", "eurepoc", "cit_health"] as const) {
      const parsed = parseRegistryRef(`${registry}:A-1:b/c`);
      expect(parsed).toEqual({ registry, ref: "A-1:b/c" });
      expect(formatRegistryRef(parsed as NonNullable<typeof parsed>)).toBe(`${registry}:A-1:b/c`);
    }
  });

  it("take a ref of 1 to 200 characters, with no space or semicolon (the CSV's separator)", () => {
    expect(parseRegistryRef(`hhs:${"x".repeat(200)}`)?.ref).toHaveLength(200);
    for (const text of [
      `hhs:${"x".repeat(201)}`,
      "hhs:",
      "hhs:a b",
      "hhs:a;b",
      "hhs:a\tb",
      " hhs:a",
      "hhs:a ",
    ]) {
      expect(parseRegistryRef(text), text).toBeNull();
    }
  });

  it("refuse unknown registries and other spellings", () => {
    for (const text of ["nvd:123", "HHS:123", "hhs123", "xhhs:1", "hhs_x:1"]) {
      expect(parseRegistryRef(text), text).toBeNull();
    }
  });
});

describe("a URL's spellings", () => {
  it("cover TLS or not, www. or not, a trailing slash or not, and no fragment, keeping the query", () => {
    expect(new Set(urlVariants("https://www.Example.org/news/item/?id=3#top"))).toEqual(
      new Set([
        "https://www.Example.org/news/item/?id=3#top",
        "https://example.org/news/item?id=3",
        "https://example.org/news/item/?id=3",
        "https://www.example.org/news/item?id=3",
        "https://www.example.org/news/item/?id=3",
        "http://example.org/news/item?id=3",
        "http://example.org/news/item/?id=3",
        "http://www.example.org/news/item?id=3",
        "http://www.example.org/news/item/?id=3",
      ]),
    );
  });

  it("keep a host's port and strip every trailing slash", () => {
    const variants = urlVariants("http://example.org:8080/a//");
    expect(variants).toContain("https://example.org:8080/a");
    expect(variants).toContain("http://www.example.org:8080/a/");
    expect(variants).toHaveLength(9);
  });

  it("drop only a leading www., not one inside the host name", () => {
    const variants = urlVariants("https://news.www.example.org/a");
    expect(variants).toContain("https://www.news.www.example.org/a");
    expect(variants).not.toContain("https://news.example.org/a");
  });

  it("are none for text that is not an http(s) URL", () => {
    expect(urlVariants("not a url")).toEqual([]);
    expect(urlVariants("ftp://example.org/file")).toEqual([]);
    expect(urlVariants("mailto:someone@example.org")).toEqual([]);
  });
});
