import { describe, expect, it } from "vitest";
import { addressSalt } from "../../../worker/lib/client-address";
import { ApiError } from "../../../worker/lib/problem";

describe("the salt of stored address hashes", () => {
  it("is the IP_HASH_SALT setting", () => {
    expect(addressSalt({ IP_HASH_SALT: "s" })).toBe("s");
  });

  it("is required: without one, sign-in is unavailable rather than storing an unsalted hash", () => {
    for (const env of [{}, { IP_HASH_SALT: "" }]) {
      let refusal: unknown;
      try {
        addressSalt(env);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ApiError);
      expect((refusal as ApiError).code).toBe("service_unavailable");
      expect((refusal as ApiError).message).toBe("Sign-in is not configured: set IP_HASH_SALT.");
    }
  });
});
