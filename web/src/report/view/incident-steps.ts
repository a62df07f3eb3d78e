/** The fields of the steps about the incident itself: organisation, place, event, impact. */
import { h } from "../../dom/h";
import { entriesOf } from "../../i18n/labels";
import type { ReportDraft, Tristate } from "../draft";
import { rt } from "../i18n/report-t";
import { placeField } from "../place/place-field";
import { checkboxField, choiceGroup, selectField, textField } from "./fields";

/** Called after every change, so the form can check the draft again (personal data). */
export type Changed = () => void;

export function organisationStep(draft: ReportDraft, changed: Changed): HTMLElement[] {
  return [
    textField({
      key: "/incident/organisationName",
      label: rt("organisationName"),
      hint: rt("organisationNameHint"),
      value: draft.text.organisationName,
      autocomplete: "organization",
      onInput: (v) => {
        draft.text.organisationName = v;
        changed();
      },
    }),
    selectField({
      key: "/incident/organisationType",
      label: rt("organisationType"),
      value: draft.organisationType,
      choices: entriesOf("organisationType"),
      onChange: (v) => {
        draft.organisationType = v;
        changed();
      },
    }),
    textField({
      key: "/incident/thirdPartyName",
      label: rt("thirdPartyName"),
      hint: rt("thirdPartyNameHint"),
      optional: true,
      value: draft.text.thirdPartyName,
      onInput: (v) => {
        draft.text.thirdPartyName = v;
        changed();
      },
    }),
  ];
}

export function placeStep(draft: ReportDraft, changed: Changed): HTMLElement[] {
  const city = textField({
    key: "/incident/city",
    label: rt("city"),
    optional: true,
    value: draft.text.city,
    onInput: (v) => {
      draft.text.city = v;
      changed();
    },
  });
  const place = placeField(draft.place, (choice) => {
    draft.place = choice;
    // A commune names the town; another kind of place leaves the town as typed.
    if (choice.city !== null) {
      draft.text.city = choice.city;
      const input = city.querySelector("input");
      if (input) input.value = choice.city;
    }
    changed();
  });
  return [place, city];
}

const dateField = (draft: ReportDraft, name: "occurred" | "discovered" | "disclosed", changed: Changed) =>
  textField({
    key: `/incident/${name}`,
    label: rt(name),
    optional: true,
    value: draft.text[name],
    inputmode: "numeric",
    onInput: (v) => {
      draft.text[name] = v;
      changed();
    },
  });

export function eventStep(draft: ReportDraft, changed: Changed): HTMLElement[] {
  const text = (
    key: "title" | "summary" | "threatActor",
    options: { multiline?: boolean; optional?: boolean; hint?: string },
  ) =>
    textField({
      key: `/incident/${key}`,
      label: rt(key),
      value: draft.text[key],
      ...options,
      onInput: (v) => {
        draft.text[key] = v;
        changed();
      },
    });
  const title = text("title", { hint: rt("titleHint") });
  const summary = text("summary", { multiline: true, hint: rt("summaryHint") });
  // The typed text is in the language chosen, whatever the page's: say so to screen readers.
  const markLanguage = () => {
    for (const field of [title, summary])
      field.querySelector("input, textarea")?.setAttribute("lang", draft.textLanguage);
  };
  markLanguage();
  return [
    choiceGroup({
      key: "/incident/textLanguage",
      label: rt("textLanguage"),
      hint: draft.correctionOf ? rt("textLanguageCorrectionHint") : rt("textLanguageHint"),
      multiple: false,
      values: [draft.textLanguage],
      choices: [
        { key: "fr", label: "Français" },
        { key: "en", label: "English" },
      ],
      onChange: ([value]) => {
        draft.textLanguage = value === "fr" ? "fr" : "en";
        markLanguage();
        changed();
      },
    }),
    title,
    summary,
    choiceGroup({
      key: "/incident/attackTypes",
      label: rt("attackTypes"),
      multiple: true,
      values: draft.attackTypes,
      choices: entriesOf("attackType"),
      onChange: (values) => {
        draft.attackTypes = values;
        changed();
      },
    }),
    choiceGroup({
      key: "/incident/verification",
      label: rt("verification"),
      multiple: false,
      values: [draft.verification],
      choices: entriesOf("verification"),
      onChange: ([value = ""]) => {
        draft.verification = value;
        changed();
      },
    }),
    h(
      "fieldset",
      { class: "field dates", "aria-describedby": "dates-hint" },
      h("legend", {}, rt("dates")),
      h("p", { class: "field-hint", id: "dates-hint" }, rt("datesHint")),
      dateField(draft, "occurred", changed),
      dateField(draft, "discovered", changed),
      dateField(draft, "disclosed", changed),
    ),
    text("threatActor", { optional: true, hint: rt("threatActorHint") }),
    choiceGroup({
      key: "/incident/assetsHit",
      label: rt("assetsHit"),
      optional: true,
      multiple: true,
      values: draft.assetsHit,
      choices: entriesOf("assetKind"),
      onChange: (values) => {
        draft.assetsHit = values;
        changed();
      },
    }),
  ];
}

const tristateChoices = () => [
  { key: "yes", label: rt("yes") },
  { key: "no", label: rt("no") },
];

export function impactStep(draft: ReportDraft, changed: Changed): HTMLElement[] {
  const number = (key: "individualsAffected" | "disruptionDays", hint?: string) =>
    textField({
      key: `/incident/${key}`,
      label: rt(key),
      hint,
      optional: true,
      inputmode: "numeric",
      value: draft.text[key],
      onInput: (v) => {
        draft.text[key] = v;
        changed();
      },
    });
  const tristate = (key: "dataPublishedOnline" | "ransomPaid") =>
    selectField({
      key: `/incident/${key}`,
      label: rt(key),
      optional: true,
      value: draft[key],
      choices: tristateChoices(),
      onChange: (v) => {
        draft[key] = v as Tristate;
        changed();
      },
    });
  return [
    number("individualsAffected", rt("individualsAffectedHint")),
    checkboxField({
      key: "/incident/affectedIsEstimate",
      label: rt("affectedIsEstimate"),
      checked: draft.affectedIsEstimate,
      onChange: (checked) => {
        draft.affectedIsEstimate = checked;
      },
    }),
    choiceGroup({
      key: "/incident/dataCategories",
      label: rt("dataCategories"),
      optional: true,
      multiple: true,
      values: draft.dataCategories,
      choices: entriesOf("dataCategory"),
      onChange: (values) => {
        draft.dataCategories = values;
      },
    }),
    tristate("dataPublishedOnline"),
    textField({
      key: "/incident/dataPublishedOn",
      label: rt("dataPublishedOn"),
      optional: true,
      value: draft.text.dataPublishedOn,
      onInput: (v) => {
        draft.text.dataPublishedOn = v;
      },
    }),
    selectField({
      key: "/incident/careDisruption",
      label: rt("careDisruption"),
      optional: true,
      value: draft.careDisruption,
      choices: entriesOf("careDisruption"),
      onChange: (v) => {
        draft.careDisruption = v;
      },
    }),
    number("disruptionDays"),
    tristate("ransomPaid"),
  ];
}
