/**
 * The moderation console: checks the session, then shows the view the URL's fragment names.
 * Each view gets an AbortSignal that ends when the moderator moves on, so a slow answer never
 * paints over the next view.
 */
import { ApiProblem, fetchMeta } from "../api/client";
import { h } from "../dom/h";
import { detectLanguage, language, setLanguage } from "../i18n/i18n";
import { setMeta } from "../i18n/labels";
import type { Language } from "../state/app-state";
import { auth } from "./api/moderation-client";
import type { User } from "./api/types";
import { m } from "./i18n/messages";
import { parseRoute, type Route, routeHash } from "./model/route";
import { renderAudit } from "./views/audit-view";
import type { ConsoleContext } from "./views/context";
import { renderIncident } from "./views/incident-editor";
import { renderInvite } from "./views/invite-view";
import { showProblem } from "./views/problem-notice";
import { renderQueue } from "./views/queue-view";
import { renderReport } from "./views/report-view";
import { renderSignIn } from "./views/sign-in-view";
import { renderUsers } from "./views/users-view";

export async function startConsole(root: HTMLElement): Promise<void> {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  setLanguage(fromUrl === "fr" || fromUrl === "en" ? fromUrl : detectLanguage(navigator.languages));
  const header = h("header", { class: "console-header" });
  const notice = h("div", { class: "notice notice-done", role: "status", id: "console-notice" });
  const main = h("main", { id: "main", class: "console-main" });
  root.replaceChildren(header, notice, main);

  let user: User | null = null;
  let view: AbortController | null = null;

  const renderHeader = () => {
    document.documentElement.lang = language();
    document.title = m("consoleTitle");
    const languages = h(
      "div",
      { role: "group", class: "segmented-buttons", "aria-label": m("languageLabel") },
      ...(["fr", "en"] as const).map((lang) => languageButton(lang, () => switchTo(lang))),
    );
    const nav = user
      ? h(
          "nav",
          { "aria-label": m("navLabel"), class: "console-nav" },
          h(
            "ul",
            {},
            h("li", {}, h("a", { href: routeHash({ name: "queue", status: "pending" }) }, m("navQueue"))),
            user.role === "admin" ? h("li", {}, h("a", { href: "#/audit" }, m("navAudit"))) : null,
            user.role === "admin" ? h("li", {}, h("a", { href: "#/users" }, m("navUsers"))) : null,
          ),
        )
      : null;
    const signOut = user
      ? h("button", { type: "button", class: "button-small", id: "sign-out" }, m("signOut"))
      : null;
    signOut?.addEventListener("click", async () => {
      await auth.logout().catch(() => undefined);
      user = null;
      show();
    });
    header.replaceChildren(
      h("h1", {}, h("a", { href: "/" }, "HealthBreach Map"), " · ", m("consoleHeading")),
      nav ?? "",
      h(
        "div",
        { class: "header-controls" },
        user
          ? h("span", { class: "signed-in" }, m("signedInAs", { email: user.email, role: user.role }))
          : null,
        signOut,
        languages,
      ),
    );
  };

  const switchTo = (lang: Language) => {
    setLanguage(lang);
    const url = new URL(window.location.href);
    url.searchParams.set("lang", lang);
    history.replaceState(null, "", url);
    show();
  };

  const show = (announce?: string) => {
    view?.abort();
    view = new AbortController();
    renderHeader();
    const route = parseRoute(window.location.hash);
    if (route.name === "invite") {
      return renderInvite(main, route.token, (who) => {
        // The one-time token leaves the address bar (and the history) once used.
        history.replaceState(null, "", routeHash({ name: "queue", status: "pending" }));
        user = who;
        show();
        notice.textContent = m("inviteAccepted");
      });
    }
    // A sign-in form already on screen is kept, with what the moderator has typed in it.
    const signInShown = main.querySelector("form.sign-in") && main.dataset.lang === language();
    main.dataset.lang = language();
    if (!user && signInShown && !announce) return;
    if (!user) return renderSignIn(main, signedIn, announce);
    const ctx: ConsoleContext = {
      user,
      signal: view.signal,
      navigate: (next: Route) => {
        window.location.hash = routeHash(next);
      },
      reload: () => show(),
      notify: (text) => {
        notice.textContent = text;
      },
      signedOut: () => {
        user = null;
        show(m("problem_signed_out"));
      },
    };
    notice.textContent = "";
    void renderRoute(main, ctx, route);
  };

  const signedIn = (who: User) => {
    user = who;
    show();
  };

  try {
    setMeta(await fetchMeta());
    user = (await auth.me()).body.user;
  } catch (error) {
    if (!(error instanceof ApiProblem && error.status === 401)) showProblem(notice, error);
  }
  // Only now: a view shown before the session is known would be replaced under the user's hands.
  window.addEventListener("hashchange", () => show());
  show();
}

function renderRoute(main: HTMLElement, ctx: ConsoleContext, route: Route): Promise<void> {
  const isAdmin = ctx.user.role === "admin";
  switch (route.name) {
    case "report":
      return renderReport(main, ctx, route.id);
    case "incident":
      return renderIncident(main, ctx, route.id);
    case "audit":
      return isAdmin ? renderAudit(main, ctx) : renderQueue(main, ctx, "pending");
    case "users":
      return isAdmin ? renderUsers(main, ctx) : renderQueue(main, ctx, "pending");
    default:
      return renderQueue(main, ctx, route.name === "queue" ? route.status : "pending");
  }
}

function languageButton(lang: Language, choose: () => void): HTMLButtonElement {
  const names: Record<Language, string> = { fr: "Français", en: "English" };
  const button = h(
    "button",
    { type: "button", lang, "aria-pressed": String(language() === lang) },
    lang.toUpperCase(),
    h("span", { class: "visually-hidden" }, ` – ${names[lang]}`),
  );
  button.addEventListener("click", choose);
  return button;
}
