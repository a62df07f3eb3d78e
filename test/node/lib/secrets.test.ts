import { describe, expect, it } from "vitest";
import { hmacToken, newReportId, randomToken, sameDigest, sha256Hex } from "../../../worker/lib/secrets";

describe("secrets", () => {
  it("hashes with SHA-256 as hex (FIPS 180-2's 'abc' vector)", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("makes HMAC-SHA-256 tokens, URL-safe and unpadded, the same again from the same inputs", async () => {
    // HMAC-SHA-256("key", "The quick brown fox…") = f7bc83f4…3cd8, here in base64url.
    const token = await hmacToken("key", "The quick brown fox jumps over the lazy dog");
    expect(token).toBe("97yD9DBThCSxMpjmqm-xQ-9NWaFJRhdZl0edvC0aPNg");
    expect(await hmacToken("key", "The quick brown fox jumps over the lazy cog")).not.toBe(token);
    expect(await hmacToken("kez", "The quick brown fox jumps over the lazy dog")).not.toBe(token);
  });

  it("draws random tokens of 256 bits by default, URL-safe with no padding", () => {
    const tokens = Array.from({ length: 200 }, () => randomToken());
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // 4 bytes: 6 characters once the two '=' of padding are gone.
    expect(randomToken(4)).toMatch(/^[A-Za-z0-9_-]{6}$/);
    // Every base64 character that is not URL-safe is replaced, over enough draws to meet them.
    expect(Array.from({ length: 100 }, () => randomToken(48)).join("")).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("names reports rpt_ and 96 random bits in hex", () => {
    const ids = Array.from({ length: 100 }, () => newReportId());
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^rpt_[0-9a-f]{24}$/);
  });

  it("compares digests: equal only when every character is", () => {
    expect(sameDigest("a1b2c3", "a1b2c3")).toBe(true);
    expect(sameDigest("", "")).toBe(true);
    expect(sameDigest("a1b2c3", "a1b2c4")).toBe(false);
    expect(sameDigest("01b2c3", "a1b2c3")).toBe(false);
    expect(sameDigest("a1b2c3", "a1b2c")).toBe(false);
    expect(sameDigest("a1b2c", "a1b2c3")).toBe(false);
  });
});
