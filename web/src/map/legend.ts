/** The map's legend, inside the map: attack-type colours for markers, count classes for regions. */
import { Control, DomEvent } from "leaflet";
import { h, replaceChildren } from "../dom/h";
import { swatch } from "../dom/swatch";
import { t } from "../i18n/i18n";
import type { ChoroplethClass } from "./choropleth-scale";
import type { LegendEntry } from "./colours";

export class Legend extends Control {
  readonly #details = h("details", {
    class: "legend",
    open: window.matchMedia("(min-width: 48rem)").matches,
  });

  constructor() {
    super({ position: "bottomright" });
  }

  override onAdd(): HTMLElement {
    DomEvent.disableClickPropagation(this.#details);
    DomEvent.disableScrollPropagation(this.#details);
    return this.#details;
  }

  showAttackTypes(entries: LegendEntry[]): void {
    this.#render(
      t("legend"),
      entries.map((e) => h("li", { "data-type": e.key }, swatch(e.colour), e.label)),
    );
  }

  showClasses(classes: ChoroplethClass[]): void {
    this.#render(
      t("choroplethLegend"),
      classes.map((c) => h("li", {}, swatch(c.colour), c.label)),
    );
  }

  #render(title: string, items: HTMLLIElement[]): void {
    replaceChildren(this.#details, h("summary", {}, title), h("ul", { class: "legend-list" }, ...items));
  }
}
