/**
 * The only thing outside this machine that the Worker calls: Turnstile's siteverify endpoint.
 * Miniflare hands every outbound fetch of the Worker under test to this function, which
 * answers siteverify as Cloudflare documents it answers its test secret keys
 * (developers.cloudflare.com/turnstile/troubleshooting/testing/) and refuses anything else.
 */
export const TURNSTILE_TEST_SECRETS = {
  passes: "1x0000000000000000000000000000000AA",
  fails: "2x0000000000000000000000000000000AA",
  spent: "3x0000000000000000000000000000000AA",
} as const;

/** The dummy token Cloudflare's test site keys produce. */
export const TURNSTILE_DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

/** A secret that makes this fake answer 500, as an outage of siteverify would. */
export const TURNSTILE_OUTAGE_SECRET = "test-siteverify-outage";

/**
 * Secrets that make this fake check the client's address: with `${TURNSTILE_REMOTEIP_SECRET}<ip>`,
 * a token passes only if the Worker sent `remoteip=<ip>` (Cloudflare's own check is not public).
 */
export const TURNSTILE_REMOTEIP_SECRET = "test-siteverify-remoteip:";

const answers: Record<string, object> = {
  [TURNSTILE_TEST_SECRETS.passes]: { success: true, "error-codes": [], hostname: "example.com", action: "" },
  [TURNSTILE_TEST_SECRETS.fails]: { success: false, "error-codes": ["invalid-input-response"] },
  [TURNSTILE_TEST_SECRETS.spent]: { success: false, "error-codes": ["timeout-or-duplicate"] },
};

export async function fakeSiteverify(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (request.method !== "POST" || url.href !== "https://challenges.cloudflare.com/turnstile/v0/siteverify") {
    return new Response(`No network in tests: ${request.method} ${url.origin}${url.pathname}`, {
      status: 502,
    });
  }
  const form = await request.formData();
  const secret = String(form.get("secret") ?? "");
  if (secret === TURNSTILE_OUTAGE_SECRET) return new Response("upstream error", { status: 500 });
  if (secret.startsWith(TURNSTILE_REMOTEIP_SECRET)) {
    const sent = form.get("remoteip") === secret.slice(TURNSTILE_REMOTEIP_SECRET.length);
    return Response.json(
      answers[sent ? TURNSTILE_TEST_SECRETS.passes : TURNSTILE_TEST_SECRETS.fails] as object,
    );
  }
  if (!form.get("response"))
    return Response.json({ success: false, "error-codes": ["missing-input-response"] });
  return Response.json(answers[secret] ?? { success: false, "error-codes": ["invalid-input-secret"] });
}
