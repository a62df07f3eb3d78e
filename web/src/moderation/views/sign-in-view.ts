/** The sign-in form. The password never leaves the form but in the login request's body. */
import { ApiProblem } from "../../api/client";
import { h } from "../../dom/h";
import { auth } from "../api/moderation-client";
import type { User } from "../api/types";
import { m } from "../i18n/messages";
import { labelledInput, outcomeSlots } from "./form-controls";
import { showProblem } from "./problem-notice";

export function renderSignIn(main: HTMLElement, onSignedIn: (user: User) => void, notice?: string): void {
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("signInHeading"));
  const email = labelledInput(m("email"), {
    id: "login-email",
    type: "email",
    name: "email",
    autocomplete: "username",
    required: true,
    maxlength: 254,
  });
  const password = labelledInput(m("password"), {
    id: "login-password",
    type: "password",
    name: "password",
    autocomplete: "current-password",
    required: true,
    maxlength: 1024,
  });
  const submit = h("button", { type: "submit", class: "button button-primary" }, m("signIn"));
  const { alert, status } = outcomeSlots();
  if (notice) status.textContent = notice;
  const form = h("form", { class: "sign-in", novalidate: false }, email.wrapper, password.wrapper, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = m("signingIn");
    alert.replaceChildren();
    try {
      const { body } = await auth.login(email.input.value.trim(), password.input.value);
      password.input.value = "";
      onSignedIn(body.user);
    } catch (error) {
      // A wrong password is a 401 here, not an ended session.
      if (error instanceof ApiProblem && error.status === 401) {
        alert.replaceChildren(h("p", {}, error.readableMessage));
      } else showProblem(alert, error);
      password.input.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = m("signIn");
    }
  });
  main.replaceChildren(heading, status, alert, form);
  email.input.focus();
}
