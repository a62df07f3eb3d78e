/** What every console view is given: who is signed in, and how to move or refresh. */
import type { User } from "../api/types";
import type { Route } from "../model/route";

export type ConsoleContext = {
  user: User;
  /** Aborted when the moderator leaves the view. */
  signal: AbortSignal;
  navigate: (route: Route) => void;
  /** Renders the current view again from fresh data. */
  reload: () => void;
  /** Announces an outcome in the page's status region, which outlives a re-render. */
  notify: (text: string) => void;
  /** The session has ended (a 401): back to the sign-in form. */
  signedOut: () => void;
};
