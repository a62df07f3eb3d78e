import { describe, expect, it } from "vitest";
import { element, escapeXml, text } from "../../../worker/domain/feed/xml";

describe("the feed's XML", () => {
  it("escapes the five markup characters, & first so that nothing is escaped twice", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
    expect(escapeXml("&lt;")).toBe("&amp;lt;");
  });

  it("drops the characters XML 1.0 forbids even escaped, and keeps tab, newline and return", () => {
    const forbidden = [
      "\u0000",
      "\u0001",
      "\u0008",
      "\u000B",
      "\u000C",
      "\u000E",
      "\u001F",
      "\uFFFE",
      "\uFFFF",
    ];
    expect(escapeXml(`a${forbidden.join("")}b`)).toBe("ab");
    expect(escapeXml("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(escapeXml("a\u0020b\u00e9\uFFFD")).toBe("a b\u00e9\uFFFD");
  });

  it("writes elements with escaped attributes, leaving out the null and undefined ones", () => {
    expect(
      element("link", { rel: "self", href: 'https://x.example/?a=1&b="2"', type: null, hreflang: undefined }),
    ).toBe('<link rel="self" href="https://x.example/?a=1&amp;b=&quot;2&quot;"/>');
    expect(element("entry", {}, "<id>1</id>")).toBe("<entry><id>1</id></entry>");
    expect(element("empty", {}, "")).toBe("<empty></empty>");
  });

  it("escapes a text element's content", () => {
    expect(text("title", "<script>alert(1)</script>", { "xml:lang": "fr" })).toBe(
      '<title xml:lang="fr">&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
  });
});
