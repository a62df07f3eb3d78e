import { describe, expect, it } from "vitest";
import { readIntakeSettings } from "../../../worker/lib/intake-settings";
import { ApiError } from "../../../worker/lib/problem";

function refusal(env: Parameters<typeof readIntakeSettings>[0]): ApiError {
  try {
    readIntakeSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected intake to refuse these settings");
}

describe("report intake's settings", () => {
  it("verifies with Turnstile when its secret is set, and salts address hashes", () => {
    expect(readIntakeSettings({ TURNSTILE_SECRET: "ts", IP_HASH_SALT: "salt" })).toEqual({
      turnstile: { mode: "on", secret: "ts" },
      ipHashSalt: "salt",
    });
  });

  it("turns Turnstile off only when TURNSTILE_MODE=off says so", () => {
    expect(readIntakeSettings({ TURNSTILE_MODE: "off", IP_HASH_SALT: "salt" }).turnstile).toEqual({
      mode: "off",
    });
    expect(
      readIntakeSettings({ TURNSTILE_MODE: "on", TURNSTILE_SECRET: "ts", IP_HASH_SALT: "s" }).turnstile,
    ).toEqual({
      mode: "on",
      secret: "ts",
    });
    expect(refusal({ TURNSTILE_MODE: "Off", IP_HASH_SALT: "salt" }).message).toContain("TURNSTILE_SECRET");
  });

  it("refuses with a 503 that names each missing setting", () => {
    const both = refusal({});
    expect(both.code).toBe("service_unavailable");
    expect(both.message).toBe(
      "Report intake is not configured: set TURNSTILE_SECRET and IP_HASH_SALT (or TURNSTILE_MODE=off, for local development only).",
    );
    expect(refusal({ TURNSTILE_SECRET: "ts" }).message).toMatch(
      /^Report intake is not configured: set IP_HASH_SALT \(/,
    );
    expect(refusal({ IP_HASH_SALT: "salt" }).message).toMatch(
      /^Report intake is not configured: set TURNSTILE_SECRET \(/,
    );
  });

  it("never stores an unsalted hash: an empty salt is missing", () => {
    expect(refusal({ TURNSTILE_MODE: "off", IP_HASH_SALT: "" }).message).toContain("set IP_HASH_SALT (");
  });
});
