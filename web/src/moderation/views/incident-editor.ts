/**
 * A published incident as moderators manage it: edit some fields with a public reason (only
 * the fields that differ are sent, so each revision records exactly what changed), or retract
 * it with a reason. Both send the ETag of the version read; a 412 says someone was faster.
 */

import { ApiProblem, isAbort } from "../../api/client";
import { h } from "../../dom/h";
import { fieldLabel } from "../../i18n/field-labels";
import { localizedTitle } from "../../i18n/incident-text";
import { entriesOf } from "../../i18n/labels";
import { incidents } from "../api/moderation-client";
import type { ModerationIncident } from "../api/types";
import { m } from "../i18n/messages";
import type { Tagged } from "../model/concurrency";
import { changedFields } from "../model/diff-model";
import { editableFields, fieldValue, formText } from "../model/editable-fields";
import type { ConsoleContext } from "./context";
import { labelledInput, labelledSelect, labelledTextarea, outcomeSlots, whileBusy } from "./form-controls";
import { showProblem } from "./problem-notice";

export async function renderIncident(main: HTMLElement, ctx: ConsoleContext, id: string): Promise<void> {
  const heading = h("h2", { id: "page-heading", tabindex: -1 }, m("incidentHeading", { id }));
  const { alert } = outcomeSlots();
  main.replaceChildren(heading, alert, h("p", { role: "status" }, m("loading")));
  heading.focus();
  let read: Tagged<ModerationIncident>;
  try {
    read = await incidents.get(id, ctx.signal);
  } catch (error) {
    if (isAbort(error)) return;
    if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
    main.replaceChildren(heading, alert);
    return showProblem(alert, error, ctx.reload);
  }
  const incident = read.body;
  const publicLink = h(
    "a",
    {
      href: `/?incident=${encodeURIComponent(incident.id)}`,
      target: "_blank",
      rel: "noopener noreferrer",
      lang: localizedTitle(incident).lang,
    },
    localizedTitle(incident).text,
  );
  const state = h(
    "p",
    { id: "incident-state" },
    m("revisionNote", { n: incident.revision }),
    incident.status === "retracted"
      ? ` · ${m("retractedNote", { reason: incident.retractionReason ?? m("none") })}`
      : "",
  );
  main.replaceChildren(
    heading,
    h("p", {}, publicLink),
    state,
    editForm(read, ctx),
    ...(incident.status === "retracted" ? [] : [retractForm(read, ctx)]),
  );
}

function editForm(read: Tagged<ModerationIncident>, ctx: ConsoleContext): HTMLElement {
  const incident = read.body;
  const record: Readonly<Record<string, unknown>> = incident;
  const inputs = editableFields.map((spec) => {
    const label = fieldLabel(spec.field);
    const id = `edit-${spec.field}`;
    const value = formText(record[spec.field]);
    if (spec.kind === "enum") {
      const options = entriesOf(spec.enumeration).map((e) => ({ value: e.key, text: e.label }));
      const { wrapper, select } = labelledSelect(label, options, value, { id });
      return { spec, wrapper, control: select as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement };
    }
    if (spec.kind === "textarea") {
      const { wrapper, input } = labelledTextarea(label, { id, maxlength: spec.max, rows: 6 });
      input.value = value;
      return { spec, wrapper, control: input };
    }
    const type = spec.kind === "date" ? "date" : "text";
    const { wrapper, input } = labelledInput(label, {
      id,
      type,
      value,
      inputmode: spec.kind === "count" ? "numeric" : null,
      maxlength: spec.kind === "text" ? spec.max : null,
    });
    return { spec, wrapper, control: input };
  });
  const reason = labelledTextarea(m("editReason"), { id: "edit-reason", maxlength: 1000, required: true });
  const source = labelledInput(m("editSource"), { id: "edit-source", type: "url", maxlength: 2000 });
  const save = h("button", { type: "submit", class: "button button-primary", id: "edit-save" }, m("save"));
  const { alert } = outcomeSlots();
  const form = h(
    "form",
    { class: "panel editor", "aria-labelledby": "edit-heading" },
    h("h3", { id: "edit-heading" }, m("editHeading")),
    ...inputs.map((i) => i.wrapper),
    reason.wrapper,
    source.wrapper,
    alert,
    save,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void whileBusy(save, async () => {
      alert.replaceChildren();
      const edited = Object.fromEntries(
        inputs.map((i) => [i.spec.field, fieldValue(i.spec, i.control.value)]),
      );
      const changes = changedFields(record, edited);
      if (Object.keys(changes).length === 0) return void alert.replaceChildren(h("p", {}, m("saveNothing")));
      const why = reason.input.value.trim();
      if (!why) {
        reason.input.focus();
        return void alert.replaceChildren(h("p", {}, m("reasonRequired")));
      }
      const sourceUrl = source.input.value.trim();
      try {
        await incidents.edit(incident.id, read.etag, {
          changes,
          reason: why,
          ...(sourceUrl ? { sourceUrl } : {}),
        });
        ctx.reload();
        ctx.notify(m("saveDone", { n: incident.revision + 1 }));
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
        showProblem(alert, error, ctx.reload);
      }
    });
  });
  return form;
}

function retractForm(read: Tagged<ModerationIncident>, ctx: ConsoleContext): HTMLElement {
  const reason = labelledTextarea(m("retractReason"), {
    id: "retract-reason",
    maxlength: 1000,
    required: true,
  });
  const retract = h("button", { type: "submit", class: "button button-danger", id: "retract" }, m("retract"));
  const { alert } = outcomeSlots();
  const form = h(
    "form",
    { class: "panel", "aria-labelledby": "retract-heading" },
    h("h3", { id: "retract-heading" }, m("retractHeading")),
    reason.wrapper,
    alert,
    retract,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void whileBusy(retract, async () => {
      alert.replaceChildren();
      const why = reason.input.value.trim();
      if (!why) return void alert.replaceChildren(h("p", {}, m("reasonRequired")));
      try {
        await incidents.retract(read.body.id, read.etag, why);
        ctx.reload();
        ctx.notify(m("retractDone"));
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return ctx.signedOut();
        showProblem(alert, error, ctx.reload);
      }
    });
  });
  return form;
}
