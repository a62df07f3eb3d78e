/** One incident on the map: a disc in its attack type's colour, with a popup built on demand. */
import { CircleMarker, type Map as LeafletMap } from "leaflet";
import type { MapData } from "../api/client";
import { colourOf } from "./colours";

export type MapPoint = Extract<MapData, { mode: "points" }>["points"][number];

/** What a click on the map opens; given by the page, which knows the filters and the links. */
export type PopupContent = {
  incident: (id: string) => HTMLElement;
  colocated: (points: MapPoint[]) => HTMLElement;
};

export function pointMarker(point: MapPoint, popups: PopupContent): CircleMarker {
  const [id, lat, lon, type] = point;
  const marker = new CircleMarker([lat, lon], {
    radius: 7,
    color: "#ffffff",
    weight: 1.5,
    fillColor: colourOf(type),
    fillOpacity: 0.9,
    pane: "points",
  });
  marker.bindPopup(() => popups.incident(id), { maxWidth: 280 });
  return marker;
}

/** Opens a list of incidents that share one position: no zoom level can separate them. */
export function openColocatedPopup(map: LeafletMap, points: MapPoint[], popups: PopupContent): void {
  const [, lat, lon] = points[0] ?? [];
  if (lat === undefined || lon === undefined) return;
  map.openPopup(popups.colocated(points), [lat, lon], { maxWidth: 300, maxHeight: 260 });
}
