/**
 * The views one move away from the current one: one zoom level in and out at the same centre,
 * and one view's width or height east, west, north and south. Prefetched while the map is idle.
 */
import { type Map as LeafletMap, point } from "leaflet";
import type { Bbox } from "../api/client";

export type View = { bbox: Bbox; zoom: number };

/** The box the map shows when centred on `centre` (pixels at the current zoom) at `zoom`. */
function boxAt(map: LeafletMap, centre: [number, number], zoom: number): Bbox {
  const size = map.getSize();
  const at = map.project(map.unproject(point(centre), map.getZoom()), zoom);
  const sw = map.unproject(at.add([-size.x / 2, size.y / 2]), zoom);
  const ne = map.unproject(at.add([size.x / 2, -size.y / 2]), zoom);
  return { west: sw.lng, south: sw.lat, east: ne.lng, north: ne.lat };
}

export function neighbourViews(map: LeafletMap): View[] {
  const zoom = Math.round(map.getZoom());
  const size = map.getSize();
  const c = map.project(map.getCenter(), map.getZoom());
  const views: View[] = [];
  for (const z of [zoom + 1, zoom - 1]) {
    if (z >= map.getMinZoom() && z <= map.getMaxZoom())
      views.push({ bbox: boxAt(map, [c.x, c.y], z), zoom: z });
  }
  for (const [dx, dy] of [
    [size.x, 0],
    [-size.x, 0],
    [0, -size.y],
    [0, size.y],
  ] as const) {
    views.push({ bbox: boxAt(map, [c.x + dx, c.y + dy], zoom), zoom });
  }
  return views;
}
