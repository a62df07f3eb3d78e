import { pbkdf2Sync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  hashPassword,
  PBKDF2_ITERATIONS,
  UNUSABLE_PASSWORD_HASH,
  verifyPassword,
} from "../../../worker/lib/auth/password";

const password = "correct horse battery staple";
const salt = Buffer.from("0123456789abcdef");

/** A stored hash made outside the module, with any iteration count and derived length. */
function storedHash(iterations: number, options: { secret?: string; bytes?: number } = {}): string {
  const hash = pbkdf2Sync(options.secret ?? password, salt, iterations, options.bytes ?? 32, "sha256");
  return `pbkdf2-sha256$${iterations}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

describe("hashPassword", () => {
  it("stores the scheme, the iterations, a 16-byte random salt and a 32-byte hash", async () => {
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);
    const [scheme, iterations, saltText, hash] = first.split("$");
    expect(scheme).toBe("pbkdf2-sha256");
    expect(iterations).toBe(String(PBKDF2_ITERATIONS));
    expect(Buffer.from(saltText ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(hash ?? "", "base64")).toHaveLength(32);
    expect(second).not.toBe(first);
    expect(await verifyPassword(password, first)).toBe(true);
    expect(await verifyPassword(`${password} `, first)).toBe(false);
  });
});

describe("verifyPassword", () => {
  it("accepts a hash of 1 iteration and of the maximum, and refuses 0 and one over it", async () => {
    expect(await verifyPassword(password, storedHash(1))).toBe(true);
    expect(await verifyPassword(password, storedHash(PBKDF2_ITERATIONS))).toBe(true);
    expect(await verifyPassword(password, storedHash(PBKDF2_ITERATIONS + 1))).toBe(false);
    expect(await verifyPassword(password, storedHash(1).replace("$1$", "$0$"))).toBe(false);
    expect(await verifyPassword(password, storedHash(1).replace("$1$", "$1.5$"))).toBe(false);
  });

  it("refuses another scheme and a value with a part missing", async () => {
    const good = storedHash(1);
    const [, iterations, saltText, hash] = good.split("$");
    expect(await verifyPassword(password, good.replace("pbkdf2-sha256", "pbkdf2-sha512"))).toBe(false);
    expect(await verifyPassword(password, `pbkdf2-sha256$$${saltText}$${hash}`)).toBe(false);
    expect(await verifyPassword(password, `pbkdf2-sha256$${iterations}$$${hash}`)).toBe(false);
    expect(await verifyPassword(password, `pbkdf2-sha256$${iterations}$${saltText}$`)).toBe(false);
    expect(await verifyPassword(password, `pbkdf2-sha256$${iterations}$${saltText}`)).toBe(false);
  });

  it("refuses a stored hash that is longer or shorter than the derived one, even where they agree", async () => {
    const longer = storedHash(1, { bytes: 48 }); // its first 32 bytes are the real hash
    const shorter = storedHash(1, { bytes: 16 });
    expect(await verifyPassword(password, longer)).toBe(false);
    expect(await verifyPassword(password, shorter)).toBe(false);
  });

  it("refuses, without throwing, a hash or a salt that is not base64", async () => {
    const [, , saltText, hash] = storedHash(1).split("$");
    expect(await verifyPassword(password, `pbkdf2-sha256$1$${saltText}$%%%`)).toBe(false);
    expect(await verifyPassword(password, `pbkdf2-sha256$1$%%%$${hash}`)).toBe(false);
  });

  it("never matches the unusable hash, which still costs a full derivation", async () => {
    const [scheme, iterations, saltText, hash] = UNUSABLE_PASSWORD_HASH.split("$");
    expect(scheme).toBe("pbkdf2-sha256");
    expect(Number(iterations)).toBe(PBKDF2_ITERATIONS);
    expect(Buffer.from(saltText ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(hash ?? "", "base64")).toHaveLength(32);
    expect(await verifyPassword("", UNUSABLE_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword(password, UNUSABLE_PASSWORD_HASH)).toBe(false);
  });
});
