/**
 * The one place the state changes. Every change is written to the URL (pushed when it is a step
 * the Back button should undo, replaced when it is a map move) and announced to the listeners;
 * Back and Forward restore the state the URL held.
 */
import type { AppState } from "./app-state";
import { parseUrlState, serializeUrlState } from "./url-state";

export type HistoryMode = "push" | "replace";
export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  #state: AppState;
  readonly #listeners: Listener[] = [];

  constructor(initial: AppState) {
    this.#state = initial;
    window.addEventListener("popstate", () => this.#apply(parseUrlState(window.location.search)));
  }

  get state(): AppState {
    return this.#state;
  }

  subscribe(listener: Listener): void {
    this.#listeners.push(listener);
  }

  update(patch: Partial<AppState>, history: HistoryMode = "push"): void {
    const next = { ...this.#state, ...patch };
    const url = `${window.location.pathname}${query(next)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    this.#apply(next);
  }

  /** The link to a state, for real `<a href>` that can be opened in a new tab. */
  href(patch: Partial<AppState>): string {
    return `${window.location.pathname}${query({ ...this.#state, ...patch })}`;
  }

  #apply(next: AppState): void {
    const previous = this.#state;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }
}

function query(state: AppState): string {
  const search = serializeUrlState(state);
  return search ? `?${search}` : "";
}
