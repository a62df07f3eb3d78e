import { exports } from "cloudflare:workers";

/** Sends a request through the Worker's own fetch handler, as a browser or script would. */
export function request(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(new URL(path, "https://healthbreach.test"), init));
}

/** GET and parse JSON, failing loudly when the status is not the expected one. */
export async function getJson<T = Record<string, unknown>>(path: string, status = 200): Promise<T> {
  const response = await request(path);
  const body = await response.text();
  if (response.status !== status) throw new Error(`GET ${path} answered ${response.status}: ${body}`);
  return JSON.parse(body) as T;
}
