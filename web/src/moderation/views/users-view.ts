/**
 * Users, for admins: invite a moderator (the API answers with a one-time link the admin passes
 * on privately), disable and enable accounts. Disabling ends the user's sessions on the server.
 */
import { ApiProblem, isAbort } from "../../api/client";
import { h } from "../../dom/h";
import { admin } from "../api/moderation-client";
import type { ManagedUser, Role } from "../api/types";
import { m } from "../i18n/messages";
import type { ConsoleContext } from "./context";
import { labelledInput, labelledSelect, outcomeSlots, whileBusy } from "./form-controls";
import { showDone, showProblem } from "./problem-notice";

export async function renderUsers(main: HTMLElement, ctx: ConsoleContext): Promise<void> {
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("usersHeading"));
  const { alert, status } = outcomeSlots();
  const list = h("ul", { class: "users", id: "users" });
  main.replaceChildren(heading, status, alert, inviteForm(ctx), list);
  heading.focus();
  try {
    const { body } = await admin.users(ctx.signal);
    const users = body.items ?? body.users ?? [];
    list.replaceChildren(...users.map((user) => userItem(user, ctx, alert)));
  } catch (error) {
    if (isAbort(error)) return;
    if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
    showProblem(alert, error, ctx.reload);
  }
}

function isDisabled(user: ManagedUser): boolean {
  return user.disabled === true || Boolean(user.disabledAt) || user.status === "disabled";
}

function userItem(user: ManagedUser, ctx: ConsoleContext, alert: HTMLElement): HTMLElement {
  const disabled = isDisabled(user);
  const self = user.id === ctx.user.id;
  const toggle = h(
    "button",
    { type: "button", class: `button ${disabled ? "" : "button-danger"}`.trim(), hidden: self },
    m(disabled ? "enable" : "disable", { email: user.email }),
  );
  toggle.addEventListener("click", () =>
    whileBusy(toggle, async () => {
      alert.replaceChildren();
      try {
        await (disabled ? admin.enable(user.id) : admin.disable(user.id));
        ctx.reload();
      } catch (error) {
        showProblem(alert, error, ctx.reload);
      }
    }),
  );
  return h(
    "li",
    { "data-id": user.id },
    h("span", { class: "user-email" }, user.email),
    ` · ${m(user.role === "admin" ? "role_admin" : "role_moderator")} · `,
    h(
      "span",
      { class: "user-state" },
      m(disabled ? "userDisabled" : user.status === "invited" ? "userInvited" : "userActive"),
    ),
    " ",
    toggle,
  );
}

function inviteForm(ctx: ConsoleContext): HTMLElement {
  const email = labelledInput(m("email"), {
    id: "invite-email",
    type: "email",
    required: true,
    maxlength: 254,
  });
  const role = labelledSelect(
    m("role"),
    (["moderator", "admin"] as const).map((r) => ({ value: r, text: m(`role_${r}`) })),
    "moderator",
    { id: "invite-role" },
  );
  const submit = h("button", { type: "submit", class: "button button-primary" }, m("invite"));
  const { alert, status } = outcomeSlots();
  const form = h(
    "form",
    { class: "panel", "aria-labelledby": "invite-heading" },
    h("h3", { id: "invite-heading" }, m("inviteHeading")),
    email.wrapper,
    role.wrapper,
    submit,
    status,
    alert,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void whileBusy(submit, async () => {
      alert.replaceChildren();
      try {
        const address = email.input.value.trim();
        const { body } = await admin.invite(address, role.select.value as Role);
        const link = inviteLinkOf(body);
        showDone(
          status,
          m("inviteDone", { email: address }),
          h("input", {
            type: "text",
            readonly: true,
            value: link,
            class: "invite-link",
            "aria-label": m("invite"),
          }),
        );
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
        showProblem(alert, error, ctx.reload);
      }
    });
  });
  return form;
}

/** The invitation link, made absolute so that it can be pasted anywhere. */
function inviteLinkOf(body: Record<string, unknown>): string {
  const raw = [body.inviteUrl, body.inviteLink, body.url, body.link].find((v) => typeof v === "string") as
    | string
    | undefined;
  return raw ? new URL(raw, window.location.origin).href : JSON.stringify(body);
}
