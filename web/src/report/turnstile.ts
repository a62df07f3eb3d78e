/**
 * Cloudflare Turnstile, only when the build has a site key (`VITE_TURNSTILE_SITE_KEY`): its
 * script comes from challenges.cloudflare.com, which the report pages' CSP allows. Without a
 * key (local development, tests) there is no widget and no third-party script at all; the
 * server then runs with `TURNSTILE_MODE=off`.
 */
type Turnstile = {
  render: (element: HTMLElement, options: Record<string, unknown>) => string;
  reset: (widget: string) => void;
};

export const turnstileSiteKey: string | null = import.meta.env.VITE_TURNSTILE_SITE_KEY || null;

let script: Promise<Turnstile> | null = null;

function loadScript(): Promise<Turnstile> {
  script ??= new Promise((resolve, reject) => {
    const element = document.createElement("script");
    element.src = "https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit";
    element.async = true;
    element.addEventListener("load", () =>
      resolve((window as unknown as { turnstile: Turnstile }).turnstile),
    );
    element.addEventListener("error", () => reject(new Error("Turnstile could not be loaded.")));
    document.head.append(element);
  });
  return script;
}

/** Renders the widget into `element`; `onToken` receives each new token (null when it expires). */
export async function renderTurnstile(
  element: HTMLElement,
  lang: string,
  onToken: (token: string | null) => void,
) {
  if (!turnstileSiteKey) return;
  const turnstile = await loadScript();
  turnstile.render(element, {
    sitekey: turnstileSiteKey,
    language: lang,
    callback: (token: string) => onToken(token),
    "expired-callback": () => onToken(null),
  });
}
