import { describe, expect, it } from "vitest";
import { sourceUrlVariants } from "../../../../worker/domain/duplicates/source-url";

describe("the forms under which a source URL is cited", () => {
  it("are https and http, each with and without a trailing slash, without the fragment", () => {
    expect(sourceUrlVariants("https://a.example/x#top")).toEqual([
      "https://a.example/x",
      "https://a.example/x/",
      "http://a.example/x",
      "http://a.example/x/",
    ]);
  });

  it("take the slash off a URL written with one", () => {
    expect(sourceUrlVariants("http://a.example/x/")).toEqual([
      "https://a.example/x/",
      "https://a.example/x",
      "http://a.example/x/",
      "http://a.example/x",
    ]);
  });

  it("give a site's home page without its slash", () => {
    expect(sourceUrlVariants("https://a.example")).toEqual([
      "https://a.example/",
      "https://a.example",
      "http://a.example/",
      "http://a.example",
    ]);
  });

  it("keep a query as it is, with no slash added after it", () => {
    expect(sourceUrlVariants("https://a.example/x?id=1")).toEqual([
      "https://a.example/x?id=1",
      "http://a.example/x?id=1",
    ]);
  });

  it("ignore the spaces around the URL, no-break spaces included", () => {
    expect(sourceUrlVariants("  https://a.example/x  ")).toEqual([
      "https://a.example/x",
      "https://a.example/x/",
      "http://a.example/x",
      "http://a.example/x/",
    ]);
    expect(sourceUrlVariants("\u00a0https://a.example/x\u00a0")).toEqual([
      "https://a.example/x",
      "https://a.example/x/",
      "http://a.example/x",
      "http://a.example/x/",
    ]);
  });

  it("are none for another scheme or for text that is no URL", () => {
    expect(sourceUrlVariants("ftp://a.example/x")).toEqual([]);
    expect(sourceUrlVariants("mailto:dpo@a.example")).toEqual([]);
    expect(sourceUrlVariants("a.example/x")).toEqual([]);
  });
});
