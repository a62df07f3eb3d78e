import { describe, expect, it } from "vitest";
import {
  hashClientIp,
  isHoneypotFilled,
  readIdempotencyKey,
  statusToken,
  statusUrl,
} from "../../../worker/api/report-intake";

describe("a report's status token", () => {
  it("is made again from the same Idempotency-Key and report, so that a retry gets the same link", async () => {
    expect(await statusToken("rpt_1", "key-1")).toBe(await statusToken("rpt_1", "key-1"));
  });

  it("differs for another report or another key, so that one key never opens another report", async () => {
    const token = await statusToken("rpt_1", "key-1");
    expect(await statusToken("rpt_2", "key-1")).not.toBe(token);
    expect(await statusToken("rpt_1", "key-2")).not.toBe(token);
  });

  it("is random without a key: 256 bits, URL-safe", async () => {
    const [a, b] = await Promise.all([statusToken("rpt_1", null), statusToken("rpt_1", null)]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]{43}$/);
  });

  it("travels in the status page's fragment, which no server sees", () => {
    expect(statusUrl("rpt_1", "abc")).toBe("/report/status.html#rpt_1.abc");
  });
});

describe("the Idempotency-Key header", () => {
  it("takes 1 to 255 visible ASCII characters", () => {
    expect(readIdempotencyKey(undefined)).toBeNull();
    expect(readIdempotencyKey("!")).toBe("!");
    expect(readIdempotencyKey("~".repeat(255))).toBe("~".repeat(255));
  });

  it.each([
    ["", "empty"],
    ["a".repeat(256), "256 characters"],
    ["a b", "a space"],
    ["é", "non-ASCII"],
  ])("refuses %j (%s)", (header) => {
    expect(() => readIdempotencyKey(header)).toThrow(
      "Idempotency-Key must be 1 to 255 visible ASCII characters.",
    );
  });
});

describe("the honeypot", () => {
  it("is filled by any non-blank website, and only by a string", () => {
    expect(isHoneypotFilled({ website: "x" })).toBe(true);
    expect(isHoneypotFilled({ website: " \n" })).toBe(false);
    expect(isHoneypotFilled({ website: 1 })).toBe(false);
    expect(isHoneypotFilled({})).toBe(false);
    expect(isHoneypotFilled(["x"])).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
  });
});

describe("the hash that stands for a client's address", () => {
  it("depends on the salt and the address, and puts unknown addresses in a bucket of their own", async () => {
    const hash = await hashClientIp("salt", "203.0.113.7");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("203.0.113.7");
    expect(await hashClientIp("salt", "203.0.113.7")).toBe(hash);
    expect(await hashClientIp("pepper", "203.0.113.7")).not.toBe(hash);
    expect(await hashClientIp("salt", "203.0.113.8")).not.toBe(hash);
    const unknown = await hashClientIp("salt", null);
    expect(unknown).not.toBe(await hashClientIp("salt", ""));
    expect(unknown).toBe(await hashClientIp("salt", null));
  });
});
