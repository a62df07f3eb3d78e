import { describe, expect, it } from "vitest";
import { forgetIdempotencyKey, idempotencyKey } from "../../../web/src/report/idempotency";
import { parseStatusFragment } from "../../../web/src/report/status-fragment";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("the idempotency key of a report", () => {
  it("is made once and reused by every retry until the server accepts the report", () => {
    const storage = memoryStorage();
    let made = 0;
    const make = () => `key-${++made}`;
    expect(idempotencyKey(storage, make)).toBe("key-1");
    expect(idempotencyKey(storage, make)).toBe("key-1");
    forgetIdempotencyKey(storage);
    expect(idempotencyKey(storage, make)).toBe("key-2");
    expect(made).toBe(2);
  });

  it("is a random UUID by default", () => {
    expect(idempotencyKey(memoryStorage())).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the status link's fragment", () => {
  it("gives the report id and its token", () => {
    expect(parseStatusFragment("#rpt_abc123.0123456789abcdefXYZ_-")).toEqual({
      id: "rpt_abc123",
      token: "0123456789abcdefXYZ_-",
    });
  });

  it("refuses an incomplete link", () => {
    expect(parseStatusFragment("#rpt_abc123")).toBeNull();
    expect(parseStatusFragment("#rpt_abc123.short")).toBeNull();
    expect(parseStatusFragment("")).toBeNull();
  });
});
