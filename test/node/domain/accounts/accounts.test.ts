import { describe, expect, it } from "vitest";
import {
  acceptInviteInput,
  emailAddress,
  loginInput,
  newPassword,
} from "../../../../worker/domain/accounts/account-input";
import { roleSatisfies } from "../../../../worker/domain/accounts/roles";

describe("which role may act", () => {
  it("lets each role do what it is, and an admin what a moderator may, never the reverse", () => {
    expect(roleSatisfies("moderator", "moderator")).toBe(true);
    expect(roleSatisfies("admin", "admin")).toBe(true);
    expect(roleSatisfies("admin", "moderator")).toBe(true);
    expect(roleSatisfies("moderator", "admin")).toBe(false);
  });
});

describe("an account's e-mail address", () => {
  it("is trimmed and lowercased, so that one person has one account", () => {
    expect(emailAddress.parse("  Alice.Martin@Example.ORG ")).toBe("alice.martin@example.org");
  });

  it("is refused when it is no address", () => {
    expect(emailAddress.safeParse("alice").success).toBe(false);
  });
});

describe("what people type to sign up and sign in", () => {
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it("says what is wrong with an e-mail address", () => {
    expect(messages(emailAddress.safeParse("alice@"))).toEqual(["Expected an e-mail address."]);
  });

  it("takes a new password of 12 to 256 characters, and says which limit one missed", () => {
    expect(newPassword.safeParse("x".repeat(12)).success).toBe(true);
    expect(newPassword.safeParse("x".repeat(256)).success).toBe(true);
    expect(messages(newPassword.safeParse("x".repeat(11)))).toEqual(["Use at least 12 characters."]);
    expect(messages(newPassword.safeParse("x".repeat(257)))).toEqual(["Use at most 256 characters."]);
  });

  it("takes an invitation token of 1 to 128 characters", () => {
    const accept = (token: string) =>
      acceptInviteInput.safeParse({ token, password: "x".repeat(12) }).success;
    expect(accept("t")).toBe(true);
    expect(accept("t".repeat(128))).toBe(true);
    expect(accept("")).toBe(false);
    expect(accept("t".repeat(129))).toBe(false);
  });

  it("takes a sign-in of any e-mail up to 254 characters and any password up to 256, refusing longer", () => {
    const login = (email: string, password: string) => loginInput.safeParse({ email, password }).success;
    expect(login("a", "p")).toBe(true);
    expect(login("a".repeat(254), "p".repeat(256))).toBe(true);
    expect(login("a".repeat(255), "p")).toBe(false);
    expect(login("a", "p".repeat(257))).toBe(false);
  });
});
