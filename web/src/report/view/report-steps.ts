/** The fields of the steps about the report: its sources and its contributor. */
import { h } from "../../dom/h";
import { entriesOf } from "../../i18n/labels";
import { contributorRoles } from "../contributor";
import { emptySource, type ReportDraft, type SourceDraft } from "../draft";
import { fieldId } from "../field-keys";
import { rt } from "../i18n/report-t";
import { choiceGroup, selectField, textField } from "./fields";
import type { Changed } from "./incident-steps";

/** At most this many sources in a report, as the incident schema allows. */
const MAX_SOURCES = 30;

export function sourcesStep(
  draft: ReportDraft,
  changed: Changed,
  rerender: (focusId: string) => void,
): HTMLElement[] {
  const sourceFields = (source: SourceDraft, i: number) => {
    const key = (name: keyof SourceDraft) => `/incident/sources/${i}/${name}`;
    const text = (name: "url" | "title" | "publisher" | "publishedOn", label: string, optional = false) =>
      textField({
        key: key(name),
        label,
        optional,
        type: name === "url" ? "url" : "text",
        value: source[name],
        onInput: (v) => {
          source[name] = v;
          changed();
        },
      });
    const remove = h("button", { type: "button", class: "button-small" }, rt("removeSource", { n: i + 1 }));
    remove.addEventListener("click", () => {
      draft.sources.splice(i, 1);
      rerender(fieldId("/incident/sources"));
    });
    return h(
      "fieldset",
      { class: "source" },
      h("legend", {}, rt("source", { n: i + 1 })),
      text("url", rt("sourceUrl")),
      text("title", rt("sourceTitle")),
      text("publisher", rt("sourcePublisher"), true),
      text("publishedOn", rt("sourcePublishedOn"), true),
      selectField({
        key: key("kind"),
        label: rt("sourceKind"),
        value: source.kind,
        choices: entriesOf("sourceKind"),
        onChange: (v) => {
          source.kind = v;
        },
      }),
      draft.sources.length > 1 ? remove : null,
    );
  };
  const add = h("button", { type: "button", class: "button" }, rt("addSource"));
  add.addEventListener("click", () => {
    draft.sources.push(emptySource());
    rerender(fieldId(`/incident/sources/${draft.sources.length - 1}/url`));
  });
  const elements: HTMLElement[] = [
    h(
      "div",
      { class: "field", "data-key": "/incident/sources" },
      h("p", { class: "field-hint", id: fieldId("/incident/sources"), tabindex: -1 }, rt("sourcesHint")),
      h("p", { class: "field-error", id: `${fieldId("/incident/sources")}-error`, hidden: true }),
    ),
    ...draft.sources.map(sourceFields),
  ];
  if (draft.sources.length < MAX_SOURCES) elements.push(add);
  return elements;
}

export function contributorStep(draft: ReportDraft, changed: Changed): HTMLElement[] {
  return [
    choiceGroup({
      key: "/contributorRole",
      label: rt("contributorRole"),
      multiple: false,
      values: [draft.contributorRole],
      choices: contributorRoles.map((key) => ({ key, label: rt(`role_${key}`) })),
      onChange: ([value = ""]) => {
        draft.contributorRole = value as ReportDraft["contributorRole"];
        changed();
      },
    }),
    textField({
      key: "/creditName",
      label: rt("creditName"),
      hint: rt("creditNameHint"),
      optional: true,
      autocomplete: "name",
      value: draft.creditName,
      onInput: (v) => {
        draft.creditName = v;
        changed();
      },
    }),
    textField({
      key: "/contactEmail",
      label: rt("contactEmail"),
      hint: rt("contactEmailHint"),
      optional: true,
      type: "email",
      autocomplete: "email",
      value: draft.contactEmail,
      onInput: (v) => {
        draft.contactEmail = v;
        changed();
      },
    }),
  ];
}

/** The honeypot: out of sight and out of the accessibility tree, so only a robot fills it. */
export function honeypot(draft: ReportDraft): HTMLElement {
  const input = h("input", {
    type: "text",
    id: "website",
    name: "website",
    tabindex: -1,
    autocomplete: "off",
  });
  input.value = draft.website;
  input.addEventListener("input", () => {
    draft.website = input.value;
  });
  return h(
    "div",
    { class: "honeypot", "aria-hidden": "true" },
    h("label", { for: "website" }, rt("website")),
    input,
  );
}
