/**
 * The place of the incident: an offline search over the gazetteer (an ARIA combobox, the
 * keyboard and screen-reader path) or a click on a small map. Either way the choice says how
 * precise the location is.
 */
import { CircleMarker, Map as LeafletMap, type LeafletMouseEvent } from "leaflet";
import { h } from "../../dom/h";
import { language } from "../../i18n/i18n";
import { addBoundariesBase } from "../../map/base-layer";
import { fieldId } from "../field-keys";
import { rt } from "../i18n/report-t";
import { describeField } from "../view/fields";
import { loadGazetteer } from "./gazetteer-load";
import { type Place, searchPlaces } from "./gazetteer-search";
import { type PlaceChoice, precisionOf } from "./place-choice";

const KEY = "/incident/place";

export function placeLabel(place: Place): string {
  const name = language() === "fr" ? (place.names[1] ?? place.names[0]) : place.names[0];
  const detail =
    place.kind === "m" ? `${place.code}, ${place.within.slice(3)}` : place.kind === "s" ? place.within : "";
  return detail ? `${name} (${detail})` : (name ?? place.code);
}

function choiceText(choice: PlaceChoice | null): string {
  if (!choice) return rt("placeNone");
  const label =
    choice.how === "map"
      ? `${rt("placeFromMap")} ${choice.latitude.toFixed(4)}, ${choice.longitude.toFixed(4)}`
      : choice.label;
  return rt("placeChosen", { label, precision: rt(`precision_${precisionOf(choice)}`) });
}

export function placeField(
  initial: PlaceChoice | null,
  onChoose: (choice: PlaceChoice) => void,
): HTMLElement {
  const id = fieldId(KEY);
  const listId = `${id}-list`;
  const input = h("input", {
    id,
    type: "text",
    class: "input",
    role: "combobox",
    autocomplete: "off",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
  });
  const list = h("ul", {
    id: listId,
    role: "listbox",
    class: "place-options",
    hidden: true,
    "aria-label": rt("placeSearch"),
  });
  const count = h("p", { class: "visually-hidden", role: "status" });
  const chosen = h(
    "p",
    { class: "place-chosen field-status", id: `${id}-chosen`, "aria-live": "polite" },
    choiceText(initial),
  );
  const mapElement = h("div", { class: "place-map", role: "group", "aria-label": rt("placeMap") });
  let results: Place[] = [];
  let active = -1;
  let marker: CircleMarker | null = null;
  let map: LeafletMap | null = null;

  const show = (choice: PlaceChoice, pan: boolean) => {
    chosen.textContent = choiceText(choice);
    if (!map) return;
    marker?.remove();
    marker = new CircleMarker([choice.latitude, choice.longitude], {
      radius: 7,
      color: "#a4161a",
      weight: 2,
    }).addTo(map);
    if (pan)
      map.setView([choice.latitude, choice.longitude], choice.how === "c" ? 4 : choice.how === "s" ? 6 : 9);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const pick = (place: Place) => {
    const label = placeLabel(place);
    const choice: PlaceChoice = {
      how: place.kind,
      latitude: place.latitude,
      longitude: place.longitude,
      label,
      city: place.kind === "m" ? (place.names[0] ?? null) : null,
      inseeCode: place.kind === "m" ? place.code : null,
    };
    input.value = label;
    close();
    onChoose(choice);
    show(choice, true);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `${listId}-${index}`);
  };
  const search = async () => {
    const text = input.value;
    if (text.trim().length < 2) {
      close();
      count.textContent = "";
      return;
    }
    count.textContent = rt("placeLoading");
    const places = await loadGazetteer();
    if (input.value !== text) return;
    results = searchPlaces(places, text);
    list.replaceChildren(
      ...results.map((place, i) => {
        const option = h(
          "li",
          { id: `${listId}-${i}`, role: "option", "aria-selected": "false", class: "place-option" },
          placeLabel(place),
          h("span", { class: "place-kind" }, ` · ${rt(`kind_${place.kind}`)}`),
        );
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => pick(place));
        return option;
      }),
    );
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", String(results.length > 0));
    active = -1;
    count.textContent =
      results.length === 0
        ? rt("placeNoMatch")
        : rt(results.length === 1 ? "placeResults_one" : "placeResults_other", { n: results.length });
  };
  input.addEventListener("input", () => void search());
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && results.length) {
      event.preventDefault();
      if (list.hidden) void search();
      highlight((active + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length) {
      event.preventDefault();
      highlight(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === "Enter" && !list.hidden) {
      event.preventDefault();
      const place = results[Math.max(active, 0)];
      if (place) pick(place);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  const field = h(
    "div",
    { class: "field place-field", "data-key": KEY },
    h("label", { for: id }, rt("placeSearch")),
    h("p", { class: "field-hint", id: `${id}-hint` }, `${rt("placeHint")} ${rt("placeSearchHint")}`),
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }),
    h("p", { class: "field-warning", id: `${id}-warning`, hidden: true }),
    h("div", { class: "place-combobox" }, input, list),
    count,
    chosen,
    mapElement,
  );
  describeField(field);

  // The map is drawn once the field is in the page, so that Leaflet can measure it.
  requestAnimationFrame(() => {
    if (!mapElement.isConnected) return;
    map = new LeafletMap(mapElement, {
      center: [46.6, 2.4],
      zoom: 4,
      keyboard: false,
      attributionControl: false,
    });
    void addBoundariesBase(map);
    map.on("click", (event: LeafletMouseEvent) => {
      const choice: PlaceChoice = {
        how: "map",
        latitude: Number(event.latlng.lat.toFixed(5)),
        longitude: Number(event.latlng.wrap().lng.toFixed(5)),
        label: "",
        city: null,
        inseeCode: null,
      };
      onChoose(choice);
      show(choice, false);
    });
    if (initial) show(initial, true);
  });
  return field;
}
