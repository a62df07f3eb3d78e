/**
 * The filter panel: every API filter as a labelled field. A change applies at once (text after
 * a pause or on Enter) and is pushed to the URL; the panel is rebuilt only when the filters
 * change from elsewhere (a link, Back, a click on the map) or the language changes.
 */
import { h, rerender } from "../dom/h";
import { t } from "../i18n/i18n";
import { entriesOf } from "../i18n/labels";
import { colourOf } from "../map/colours";
import type { AppState } from "../state/app-state";
import { emptyFilters, type Filters, isPartialDate } from "../state/filters";
import type { Store } from "../state/store";
import { checkboxGroup, textField } from "./filter-fields";
import { placeFields } from "./place-filter";

export class FilterPanel {
  #shown: Filters | null = null;
  #timer: number | undefined;

  constructor(
    private readonly store: Store,
    private readonly element: HTMLElement,
  ) {}

  update(state: AppState, previous: AppState | null): void {
    if (previous && state.filters === this.#shown && state.lang === previous.lang) return;
    this.#render(state.filters);
  }

  #apply(filters: Filters): void {
    this.#shown = filters;
    this.store.update({ filters });
  }

  #render(filters: Filters): void {
    this.#shown = filters;
    const q = textField("f-q", t("search"), { type: "search", maxlength: 200 });
    q.input.value = filters.q ?? "";
    const from = textField("f-from", t("dateFrom"), {
      type: "text",
      hint: t("dateHint"),
      inputmode: "numeric",
      maxlength: 10,
    });
    const to = textField("f-to", t("dateTo"), {
      type: "text",
      hint: t("dateHint"),
      inputmode: "numeric",
      maxlength: 10,
    });
    from.input.value = filters.from ?? "";
    to.input.value = filters.to ?? "";
    const min = textField("f-minAffected", t("minAffected"), {
      type: "number",
      min: 0,
      inputmode: "numeric",
    });
    min.input.value = filters.minAffected === undefined ? "" : String(filters.minAffected);
    const types = checkboxGroup(
      "type",
      t("attackTypes"),
      entriesOf("attackType").map((e) => ({ ...e, colour: colourOf(e.key) })),
      filters.type,
    );
    const orgTypes = checkboxGroup("orgType", t("orgTypes"), entriesOf("organisationType"), filters.orgType);
    const verification = checkboxGroup(
      "verification",
      t("verification"),
      entriesOf("verification"),
      filters.verification,
    );
    const reset = h("button", { type: "reset", class: "button-small" }, t("resetFilters"));

    const read = (): Filters | null => {
      let valid = true;
      for (const date of [from, to]) {
        const value = date.input.value.trim();
        const ok = value === "" || isPartialDate(value);
        date.input.setAttribute("aria-invalid", String(!ok));
        date.error.hidden = ok;
        date.error.textContent = ok ? "" : t("dateInvalid");
        valid &&= ok;
      }
      if (!valid) return null;
      const checked = <K extends string>(boxes: HTMLInputElement[]) =>
        boxes.filter((b) => b.checked).map((b) => b.value as K);
      const next: Filters = {
        ...this.store.state.filters,
        type: checked(types.boxes),
        orgType: checked(orgTypes.boxes),
        verification: checked(verification.boxes),
      };
      const text = { q: q.input.value.trim(), from: from.input.value.trim(), to: to.input.value.trim() };
      for (const [name, value] of Object.entries(text) as [keyof typeof text, string][]) {
        if (value) next[name] = value;
        else delete next[name];
      }
      const minimum = min.input.valueAsNumber;
      if (Number.isInteger(minimum) && minimum >= 0) next.minAffected = minimum;
      else delete next.minAffected;
      return next;
    };
    const submit = () => {
      window.clearTimeout(this.#timer);
      const next = read();
      if (next) this.#apply(next);
    };

    const form = h("form", { class: "filter-form", id: "filter-form", novalidate: true });
    form.append(
      q.field,
      h("fieldset", { class: "dates" }, h("legend", {}, t("sectionWhen")), from.field, to.field),
    );
    form.append(types.fieldset, orgTypes.fieldset, verification.fieldset, min.field);
    // A new place changes the fields themselves (a country's regions): the panel is rebuilt.
    form.append(
      placeFields(filters, (place) =>
        this.store.update({ filters: { ...this.store.state.filters, ...place } }),
      ),
      reset,
    );
    form.addEventListener("change", (event) => {
      if ((event.target as HTMLElement).closest(".place")) return;
      submit();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit();
    });
    q.input.addEventListener("input", () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(submit, 400);
    });
    form.addEventListener("reset", (event) => {
      event.preventDefault();
      this.#apply(emptyFilters());
      this.#render(emptyFilters());
      document.getElementById("f-q")?.focus();
    });
    rerender(this.element, h("h2", { id: "filters-heading", tabindex: -1 }, t("filtersHeading")), form);
  }
}
