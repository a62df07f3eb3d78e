import { describe, expect, it } from "vitest";
import { hashToken, newId, newToken } from "../../../worker/lib/auth/tokens";

describe("bearer tokens", () => {
  it("are 43 characters of base64url, without padding, and never repeat", () => {
    const tokens = Array.from({ length: 200 }, newToken);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
    // "+" and "/" become "-" and "_": among 200 × 43 characters, missing either has odds below 10^-50.
    expect(tokens.some((token) => token.includes("-"))).toBe(true);
    expect(tokens.some((token) => token.includes("_"))).toBe(true);
  });

  it("are stored as their lower-case hex SHA-256, zero-padded bytes included", async () => {
    // FIPS 180-2's example; its bytes 0x01, 0x03 and 0x00 need their leading zero.
    expect(await hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("make ids of a prefix and 32 hex digits", () => {
    expect(newId("usr")).toMatch(/^usr_[0-9a-f]{32}$/);
    expect(newId("usr")).not.toBe(newId("usr"));
  });
});
