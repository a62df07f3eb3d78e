/**
 * Links to an incident are real links (`?…&incident=<id>`) that work in a new tab; a plain
 * click opens the incident panel in place instead of reloading the page.
 */
import type { Store } from "../state/store";
import type { IncidentView } from "../views/incident-view";

export function followIncidentLinks(store: Store, view: IncidentView): void {
  document.addEventListener("click", (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-incident]");
    const id = link?.dataset.incident;
    if (!link || !id) return;
    event.preventDefault();
    view.rememberOpener(link);
    store.update({ incident: id });
  });
}
