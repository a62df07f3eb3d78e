/** The controls above the map: what it shows, France's level of detail, the optional tiles. */
import { h } from "../dom/h";
import { t } from "../i18n/i18n";
import type { AppState, MapMode, RegionLevel } from "../state/app-state";

export type ToolbarActions = {
  setMode: (mode: MapMode) => void;
  setLevel: (level: RegionLevel) => void;
  setTiles: (on: boolean) => void;
  showWorld: () => void;
};

export function renderMapToolbar(state: AppState, actions: ToolbarActions): HTMLElement {
  const modes = radioGroup(
    "map-mode",
    t("modeLabel"),
    state.mode,
    [
      ["markers", t("modeMarkers")],
      ["regions", t("modeRegions")],
    ],
    (value) => actions.setMode(value as MapMode),
  );
  const inRegions = state.mode === "regions";
  const levels =
    inRegions && state.filters.country === "FR"
      ? radioGroup(
          "map-level",
          t("levelLabel"),
          state.level,
          [
            ["regions", t("levelRegions")],
            ["departements", t("levelDepartements")],
          ],
          (value) => actions.setLevel(value as RegionLevel),
        )
      : null;
  const world =
    inRegions && state.filters.country
      ? h("button", { type: "button", class: "button-small", id: "show-world" }, t("worldLevel"))
      : null;
  world?.addEventListener("click", actions.showWorld);
  const tiles = h("input", { type: "checkbox", id: "osm-tiles", checked: state.tiles });
  tiles.addEventListener("change", () => actions.setTiles(tiles.checked));
  return h(
    "div",
    { class: "map-toolbar" },
    modes,
    levels,
    world,
    h("label", { class: "toggle", for: "osm-tiles" }, tiles, t("osmTiles")),
  );
}

function radioGroup(
  name: string,
  legend: string,
  current: string,
  options: [string, string][],
  onChange: (value: string) => void,
): HTMLFieldSetElement {
  const fieldset = h(
    "fieldset",
    { class: "segmented", id: name },
    h("legend", { class: "visually-hidden" }, legend),
  );
  for (const [value, label] of options) {
    const input = h("input", {
      type: "radio",
      name,
      value,
      id: `${name}-${value}`,
      checked: value === current,
    });
    input.addEventListener("change", () => input.checked && onChange(value));
    fieldset.append(h("label", { for: `${name}-${value}` }, input, h("span", {}, label)));
  }
  return fieldset;
}
