import { ApiError } from "./problem";

export type IntakeSettings = {
  turnstile: { mode: "off" } | { mode: "on"; secret: string };
  ipHashSalt: string;
};

type IntakeEnv = { TURNSTILE_SECRET?: string; TURNSTILE_MODE?: string; IP_HASH_SALT?: string };

/**
 * The settings report intake cannot run without. A missing one is a 503 that names it: intake
 * never accepts an unverified report, nor stores an unsalted IP hash. Turnstile is off only
 * when `TURNSTILE_MODE=off` says so (local development: `local.env`).
 */
export function readIntakeSettings(env: IntakeEnv): IntakeSettings {
  const missing: string[] = [];
  const off = env.TURNSTILE_MODE === "off";
  if (!off && !env.TURNSTILE_SECRET) missing.push("TURNSTILE_SECRET");
  if (!env.IP_HASH_SALT) missing.push("IP_HASH_SALT");
  if (missing.length > 0) {
    throw new ApiError(
      "service_unavailable",
      `Report intake is not configured: set ${missing.join(" and ")} (or TURNSTILE_MODE=off, for local development only).`,
    );
  }
  return {
    turnstile: off ? { mode: "off" } : { mode: "on", secret: env.TURNSTILE_SECRET as string },
    ipHashSalt: env.IP_HASH_SALT as string,
  };
}
