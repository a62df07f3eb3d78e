import { ApiError } from "./problem";

/** Cloudflare's server-side validation endpoint (developers.cloudflare.com/turnstile). */
export const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

type SiteverifyAnswer = { success?: unknown; "error-codes"?: unknown };

/**
 * Asks Turnstile whether `token` is a fresh, valid bot-check answer. A refusal is a 422 on
 * `/turnstileToken`; an unreachable or unreadable siteverify is a 503, never a pass.
 */
export async function verifyTurnstile(
  secret: string,
  token: string | undefined,
  remoteIp: string | null,
): Promise<void> {
  if (!token) {
    throw new ApiError("unprocessable_content", "Complete the bot check.", [
      { pointer: "/turnstileToken", detail: "Complete the bot check." },
    ]);
  }
  const form = new FormData();
  form.set("secret", secret);
  form.set("response", token);
  if (remoteIp) form.set("remoteip", remoteIp);
  let answer: SiteverifyAnswer;
  try {
    const response = await fetch(SITEVERIFY_URL, {
      method: "POST",
      body: form,
      signal: AbortSignal.timeout(10_000),
    });
    // Stryker disable next-line StringLiteral: equivalent, see stryker-equivalent.md
    if (!response.ok) throw new Error(`siteverify answered ${response.status}`);
    answer = await response.json();
  } catch (error) {
    console.error(`Turnstile siteverify failed: ${(error as Error).name}`);
    throw new ApiError("service_unavailable", "The bot check could not be completed. Try again in a moment.");
  }
  if (answer.success !== true) {
    throw new ApiError("unprocessable_content", "The bot check failed. Reload the form and try again.", [
      {
        pointer: "/turnstileToken",
        detail: "The bot check failed or expired. Reload the form and try again.",
      },
    ]);
  }
}
