/**
 * The answers web/public/first-view.js asked for before the bundle ran, keyed by their URL
 * (path and query), already read and parsed: an answer taken whole costs the first view nothing
 * more. Each is taken once: a later request for the same URL asks the network, as the data may
 * have changed since.
 */

/** An HTTP answer read to its end: its JSON body, or null when it sent none (or not JSON). */
export type Answer = { ok: boolean; status: number; body: unknown };

declare global {
  interface Window {
    /** Filled by web/public/first-view.js, which makes each answer as `readAnswer` does. */
    __healthbreachEarly?: Map<string, Promise<Answer>>;
  }
}

async function readAnswer(response: Response): Promise<Answer> {
  const json = (response.headers.get("content-type") ?? "").includes("json");
  return {
    ok: response.ok,
    status: response.status,
    body: json ? await response.json().catch(() => null) : null,
  };
}

function takeEarly(url: string): Promise<Answer> | null {
  const early = window.__healthbreachEarly;
  const answer = early?.get(url) ?? null;
  early?.delete(url);
  return answer;
}

/** The early answer for `url` if first-view.js asked for it and none has taken it, else the network's. */
export function fetchAnswer(url: string, init?: RequestInit): Promise<Answer> {
  return takeEarly(url) ?? fetch(url, init).then(readAnswer);
}

/**
 * What the first view does not show waits for the map's first view (its data and its boundaries)
 * to be drawn: the list's first page and the place filter's countries. Sent with the map's, their
 * requests and answers competed with it on the browser bench's two cores, and the map drew ~45 ms
 * later (median of 15 loads).
 * The app calls `firstViewShown` once the map has drawn, failed or waited too long.
 */
let shown: () => void = () => undefined;
export const afterFirstView = new Promise<void>((resolve) => {
  shown = resolve;
});

export function firstViewShown(): void {
  shown();
}
