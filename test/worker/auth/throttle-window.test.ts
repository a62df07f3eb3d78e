import { env } from "cloudflare:workers";
import { inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../../worker/db/client";
import { loginFailures } from "../../../worker/db/schema";
import {
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  throttleKeys,
} from "../../../worker/lib/auth/login-throttle";
import { addressSalt } from "../../../worker/lib/client-address";
import { call, createUser, TEST_PASSWORD } from "../accounts";

const now = new Date("2026-03-02T10:00:00.000Z");
let address = 0;

/** Failed sign-ins of `email`, stored as the Worker stores them, at the given times. */
async function failuresAt(email: string, ip: string, times: number[]) {
  const keys = await throttleKeys(email, ip, addressSalt(env));
  await getDb(env)
    .insert(loginFailures)
    .values(times.map((time) => ({ key: keys.account, failedAt: new Date(time).toISOString() })));
}

function login(email: string, password: string, ip: string) {
  return call("/api/auth/login", { body: { email, password }, headers: { "cf-connecting-ip": ip } });
}

describe("login throttling's window", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());

  it("counts a failure a millisecond inside the 15 minutes, and forgets one exactly 15 minutes old", async () => {
    const ip = `198.51.100.${++address}`;
    const counted = await createUser("moderator");
    const inside = now.getTime() - LOGIN_WINDOW_MS + 1;
    await failuresAt(counted.email, ip, Array(MAX_FAILURES_PER_ACCOUNT).fill(inside));
    expect((await login(counted.email, TEST_PASSWORD, ip)).status).toBe(429);

    const forgotten = await createUser("moderator");
    const edge = now.getTime() - LOGIN_WINDOW_MS;
    await failuresAt(forgotten.email, ip, [...Array(MAX_FAILURES_PER_ACCOUNT - 1).fill(inside), edge]);
    expect((await login(forgotten.email, TEST_PASSWORD, ip)).status).toBe(200);
  });

  it("says in Retry-After, rounded up, when the oldest failure leaves the window", async () => {
    const ip = `198.51.100.${++address}`;
    const user = await createUser("moderator");
    const oldest = now.getTime() - 1001; // frees the account 898.999 s from now
    await failuresAt(user.email, ip, [oldest, ...Array(MAX_FAILURES_PER_ACCOUNT - 1).fill(now.getTime())]);
    const blocked = await login(user.email, TEST_PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("899");
    expect(await blocked.json()).toMatchObject({
      detail: "Too many failed sign-ins. Wait before trying again.",
    });
  });

  it("says 1 second when the oldest failure leaves the window a millisecond from now", async () => {
    const ip = `198.51.100.${++address}`;
    const user = await createUser("moderator");
    const leaving = now.getTime() - LOGIN_WINDOW_MS + 1;
    await failuresAt(user.email, ip, Array(MAX_FAILURES_PER_ACCOUNT).fill(leaving));
    const blocked = await login(user.email, TEST_PASSWORD, ip);
    expect(blocked.headers.get("retry-after")).toBe("1");
  });
});

describe("login throttling's address", () => {
  it("counts a failure without cf-connecting-ip under the one address 'unknown'", async () => {
    const user = await createUser("moderator");
    const response = await call("/api/auth/login", { body: { email: user.email, password: "wrong" } });
    expect(response.status).toBe(401);
    const keys = await throttleKeys(user.email, "unknown", addressSalt(env));
    const rows = await getDb(env)
      .select({ key: loginFailures.key })
      .from(loginFailures)
      .where(inArray(loginFailures.key, [keys.account, keys.address]));
    expect(rows.map((row) => row.key).sort()).toEqual([keys.account, keys.address].sort());
  });
});
