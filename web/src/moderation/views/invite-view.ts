/**
 * Accepting an invitation: the one-time token from the link's fragment and a new password. The
 * API signs the new user in as it activates the account.
 */
import { h } from "../../dom/h";
import { auth } from "../api/moderation-client";
import type { User } from "../api/types";
import { m } from "../i18n/messages";
import { labelledInput, outcomeSlots, whileBusy } from "./form-controls";
import { showProblem } from "./problem-notice";

export function renderInvite(
  main: HTMLElement,
  token: string,
  onAccepted: (user: User | null) => void,
): void {
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("inviteAcceptHeading"));
  const password = labelledInput(m("newPassword"), {
    id: "invite-password",
    type: "password",
    autocomplete: "new-password",
    required: true,
    minlength: 12,
    maxlength: 1024,
  });
  const submit = h("button", { type: "submit", class: "button button-primary" }, m("acceptInvite"));
  const { alert } = outcomeSlots();
  const form = h("form", {}, password.wrapper, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void whileBusy(submit, async () => {
      try {
        const { body } = await auth.acceptInvite(token, password.input.value);
        onAccepted(body?.user ?? null);
      } catch (error) {
        showProblem(alert, error);
      }
    });
  });
  main.replaceChildren(heading, alert, form);
  heading.focus();
}
