/** The count bubble shared by clusters and server-side grid cells. */
import { DivIcon, type LatLngExpression, Marker } from "leaflet";
import { h } from "../dom/h";
import { formatNumber } from "../i18n/format";
import { clusterDiameter, clusterSize } from "./clustering-config";

/** `label` is what a screen reader announces for the bubble (Leaflet makes it a button). */
export function clusterIcon(count: number, label: string): DivIcon {
  const size = clusterSize(count);
  const diameter = clusterDiameter[size];
  return new DivIcon({
    html: h(
      "span",
      { class: "cluster-count" },
      h("span", { "aria-hidden": "true" }, formatNumber(count)),
      h("span", { class: "visually-hidden" }, label),
    ),
    className: `cluster cluster-${size}`,
    iconSize: [diameter, diameter],
  });
}

export function countMarker(position: LatLngExpression, count: number, label: string): Marker {
  return new Marker(position, { icon: clusterIcon(count, label), title: label, riseOnHover: true });
}
